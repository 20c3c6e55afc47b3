// Excel.NamedItemCollection and NamedItem, for the workbook scope and a worksheet's scope.

import { invalidArgument, itemAlreadyExists } from "./errors";
import { type FakeContext, FakeCollection, FakeObject, strict } from "./runtime";
import type { FakeName } from "./state";

/** Excel's rules for a defined name: starts with a letter, "_" or "\", no spaces, not a cell reference. */
function checkName(name: string): void {
  const looksLikeCell = /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]([0-9]+)?$/.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || looksLikeCell) {
    throw invalidArgument("NamedItemCollection.add", `name "${name}"`);
  }
}

export class FakeNamedItem extends FakeObject<FakeName> {
  constructor(
    context: FakeContext,
    resolver: () => FakeName | null,
    nullable: boolean,
    private readonly owner: () => FakeName[] | null,
  ) {
    super(context, "NamedItem", resolver, nullable);
  }

  protected readers(): Readonly<Record<string, (target: FakeName) => unknown>> {
    return {
      name: (target) => target.name,
      formula: (target) => target.formula,
      visible: (target) => target.visible,
      comment: (target) => target.comment ?? "",
      type: () => "Range",
    };
  }

  get name(): string {
    return this.read("name");
  }
  /** office.js checks ExcelApi 1.7 when `formula` is read (its getter calls throwIfApiNotSupported). */
  get formula(): string {
    this.context.call("NamedItem.formula", "ExcelApi 1.7");
    return this.read("formula");
  }
  get type(): string {
    return this.read("type");
  }
  get comment(): string {
    return this.read("comment");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, (target) => (target.visible = value));
  }

  delete(): void {
    this.invoke(
      "delete",
      [],
      (target) => {
        const list = this.owner();
        if (list) list.splice(list.indexOf(target), 1);
      },
      "ExcelApi 1.4",
    );
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeName[], FakeNamedItem> {
  constructor(context: FakeContext, resolver: () => FakeName[] | null) {
    super(context, "NamedItemCollection", resolver);
  }

  private find(name: string): FakeName | null {
    const list = this.target();
    return list?.find((item) => item.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private item(resolver: () => FakeName | null, nullable: boolean): FakeNamedItem {
    return strict(new FakeNamedItem(this.context, resolver, nullable, () => this.target()), "NamedItem");
  }

  protected listItems(list: FakeName[]): FakeNamedItem[] {
    return list.map((name) => this.item(() => name, false));
  }

  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    let created: FakeName | null = null;
    this.invoke(
      "add",
      [name, reference, comment],
      (list) => {
        checkName(name);
        if (this.find(name)) throw itemAlreadyExists("NamedItemCollection.add", name);
        const text = typeof reference === "string" ? reference : undefined;
        if (!text) throw invalidArgument("NamedItemCollection.add", "the fake takes references as strings");
        created = { name, formula: text.startsWith("=") ? text : `=${text}`, visible: true, comment };
        list.push(created);
      },
      "ExcelApi 1.4",
    );
    return this.item(() => created, false);
  }

  getItem(name: string): FakeNamedItem {
    this.context.call("NamedItemCollection.getItem");
    return this.item(() => this.find(name), false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.call("NamedItemCollection.getItemOrNullObject", "ExcelApi 1.4");
    const item = this.item(() => this.find(name), true);
    item.trackNull();
    return item;
  }
}
