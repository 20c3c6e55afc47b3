import { RIBBON_FUNCTIONS, type RibbonFunction } from "./functions";

// Entry of commands.html (the manifest's FunctionFile): registers the ribbon functions with Office.

function completing(run: RibbonFunction): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    Promise.resolve()
      .then(() => run(event))
      .catch((error: unknown) => console.error(error))
      .finally(() => event.completed());
  };
}

Office.onReady(() => {
  for (const [name, run] of Object.entries(RIBBON_FUNCTIONS)) Office.actions.associate(name, completing(run));
});
