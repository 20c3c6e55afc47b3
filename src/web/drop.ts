// Files dropped anywhere on the page go to the current screen's file input that takes their type, exactly as if
// chosen with it (its `change` fires). A drop never makes the browser open the file in place of the page, which
// would lose the screen, even where no input takes it.

const extensionOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";

function accepts(input: HTMLInputElement, file: File): boolean {
  const accepted = input.accept.split(",").map((ext) => ext.trim().toLowerCase());
  return accepted.includes(extensionOf(file.name));
}

/** The enabled file input of the screen that takes these files (by extension), else the first one. */
function inputFor(root: ParentNode, files: readonly File[]): HTMLInputElement | null {
  const inputs = [...root.querySelectorAll<HTMLInputElement>("input[type=file]:not(:disabled)")];
  return inputs.find((input) => files.every((file) => accepts(input, file))) ?? inputs[0] ?? null;
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
    const input = inputFor(root, files);
    if (input && files.length > 0) choose(input, files);
  });
}
