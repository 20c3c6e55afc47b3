// The door never touches the `Excel` and `Office` globals: a host carries them in, so tests inject the fake.

import type { Lang } from "../i18n";

/** What the Excel door needs from Office: `Excel.run` and the requirement-set check. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
  /** The language of the face that asks (French when absent), for the few words the door writes itself. */
  readonly lang?: Lang;
}

export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeLike {
  readonly context: { readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** `createExcelHost(Excel, Office, lang)` in the task pane; `createExcelHost(fake.Excel, fake.Office)` in tests. */
export function createExcelHost(excel: ExcelLike, office: OfficeLike, lang?: Lang): ExcelHost {
  return {
    run: (batch) => excel.run(batch),
    isSetSupported: (name, minVersion) => office.context.requirements.isSetSupported(name, minVersion),
    ...(lang ? { lang } : {}),
  };
}

/** True when the host has ExcelApi `version` or later. */
export function hasExcelApi(host: Pick<ExcelHost, "isSetSupported">, version: string): boolean {
  return host.isSetSupported("ExcelApi", version);
}
