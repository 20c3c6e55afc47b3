import { createExcelHost, type ExcelHost } from "../../excel";
import { type HostEnvironment, paneLang } from "../host";

// The Excel door's host for the pane: the global `Excel` (Office's, or the fake a test installed, see host.ts) with
// the pane's own requirement-set check, which also answers for a fake host, and the pane's language (the door's
// few words of its own, e.g. how a finding names a workbook whose name Excel cannot give).

export function paneExcelHost(environment: HostEnvironment): ExcelHost {
  // `Excel` is looked up when a run starts, not when a screen is drawn: a screen can be shown before (or without)
  // the namespace, and an action then fails in words instead of the screen failing to appear.
  return createExcelHost(
    { run: (batch) => Excel.run(batch) },
    {
      context: {
        requirements: {
          isSetSupported: (name, version) => environment.isSetSupported(name, version ?? "1.1"),
        },
      },
    },
    paneLang(environment),
  );
}

/**
 * Runs `work` inside ONE Excel.run: the door functions it calls with the host it is given share that run's request
 * context, so a read-decide-write use case is one batch for Excel instead of one run per door call.
 */
export function inOneRun<T>(host: ExcelHost, work: (shared: ExcelHost) => Promise<T>): Promise<T> {
  return host.run((context) =>
    work({
      run: (batch) => batch(context),
      isSetSupported: (name, version) => host.isSetSupported(name, version),
      ...(host.lang ? { lang: host.lang } : {}),
    }),
  );
}
