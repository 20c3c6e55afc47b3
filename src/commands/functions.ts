// Ribbon functions: what an ExecuteFunction button of manifest.xml runs, by its <FunctionName>. They run in the
// hidden commands page, without UI; each must finish by calling event.completed() (commands.ts wraps them so it
// always happens, even on error). The ribbon's only button today opens the task pane (ShowTaskpane), so the table
// is empty; the manifest test checks that every <FunctionName> has an entry here.
export type RibbonFunction = (event: Office.AddinCommands.Event) => void | Promise<void>;

export const RIBBON_FUNCTIONS: Readonly<Record<string, RibbonFunction>> = {};
