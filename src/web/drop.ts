// Files dropped on a file box go to that box's input, exactly as if chosen with it (its `change` fires): a screen
// with two boxes for the same type (the original schedule and the bids) takes each where it is dropped. Dropped
// elsewhere on the page, they go to the input that takes their type (several files: one that takes several). A drop
// never makes the browser open the file in place of the page, which would lose the screen, even where no input
// takes it.

const extensionOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";

function accepts(input: HTMLInputElement, file: File): boolean {
  const accepted = input.accept.split(",").map((ext) => ext.trim().toLowerCase());
  return accepted.includes(extensionOf(file.name));
}

/** The enabled file input of the box the files were dropped on, if any. */
function boxInput(target: EventTarget | null): HTMLInputElement | null {
  const box = target instanceof Element ? target.closest(".drop-zone") : null;
  return box?.querySelector<HTMLInputElement>("input[type=file]:not(:disabled)") ?? null;
}

/**
 * The input the files go to: the box's they were dropped on when it takes them; else the screen's input that takes
 * them (for several files, one that takes several first); else the first one.
 */
function inputFor(
  root: ParentNode,
  files: readonly File[],
  target: EventTarget | null,
): HTMLInputElement | null {
  const takes = (input: HTMLInputElement) => files.every((file) => accepts(input, file));
  const box = boxInput(target);
  if (box && takes(box)) return box;
  const inputs = [...root.querySelectorAll<HTMLInputElement>("input[type=file]:not(:disabled)")];
  const taking = inputs.filter(takes);
  return (
    (files.length > 1 ? taking.find((input) => input.multiple) : undefined) ?? taking[0] ?? inputs[0] ?? null
  );
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/** Hands `files` to `input` as a choice of the user: one file to a single-file input. */
function choose(input: HTMLInputElement, files: readonly File[]): void {
  const chosen = new DataTransfer();
  for (const file of input.multiple ? files : files.slice(0, 1)) chosen.items.add(file);
  input.files = chosen.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

export function acceptDrops(root: HTMLElement, doc: Document = document): void {
  const body = doc.body;
  doc.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    const input = root.querySelector("input[type=file]:not(:disabled)");
    if (event.dataTransfer) event.dataTransfer.dropEffect = input ? "copy" : "none";
    body.dataset.dragging = input ? "yes" : "no";
  });
  doc.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) delete body.dataset.dragging;
  });
  doc.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    delete body.dataset.dragging;
    const files = [...(event.dataTransfer?.files ?? [])];
    const input = inputFor(root, files, event.target);
    if (input && files.length > 0) choose(input, files);
  });
}
