// The Excel door on the strict fake of Office.js: how many context.sync() calls, API calls and the largest request
// each pane action takes as the data grows (bench/door-actions.ts). Budget: syncs constant across sizes and at most
// 3 per action (the floor is 2: one read, one write); no request over 4 MB. These do not depend on the machine:
// `--check` holds them, and `npm test` runs the same check (test/unit/door-budgets.test.ts).

import { DOOR_ACTIONS, measureAction, type DoorAction, type DoorFigures } from "./door-actions";
import type { Row } from "./report";

export const MAX_SYNCS = 3;
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The figures of one action at each of its sizes. */
export async function actionFigures(action: DoorAction): Promise<DoorFigures[]> {
  const all: DoorFigures[] = [];
  for (const size of action.sizes) all.push(await measureAction(action, size));
  return all;
}

/** Rows for an action's figures and for the budgets they are held to. */
export function actionRows(action: DoorAction, all: readonly DoorFigures[]): Row[] {
  const section = "Excel door";
  const rows: Row[] = action.sizes.flatMap((size, index): Row[] => {
    const figures = all[index];
    const at = `${action.name}, ${size} ${action.unit}`;
    return [
      { section, name: `${at}: syncs`, value: figures.syncs, unit: "", budget: MAX_SYNCS, checked: true },
      { section, name: `${at}: API calls`, value: figures.calls, unit: "" },
      {
        section,
        name: `${at}: largest request`,
        value: Math.round(figures.maxRequestBytes / 1024),
        unit: "KB",
        budget: MAX_REQUEST_BYTES / 1024,
        checked: true,
      },
    ];
  });
  const syncs = all.map((one) => one.syncs);
  rows.push({
    section,
    name: `${action.name}: syncs vary across sizes by`,
    value: Math.max(...syncs) - Math.min(...syncs),
    unit: "",
    budget: 0,
    checked: true,
  });
  return rows;
}

export async function excelDoorRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const action of DOOR_ACTIONS) rows.push(...actionRows(action, await actionFigures(action)));
  return rows;
}
