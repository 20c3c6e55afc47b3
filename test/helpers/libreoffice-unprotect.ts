// Does a sheet password really unlock? LibreOffice checks the file's hash itself when a sheet is unprotected
// through its API: a Basic macro, run headless from a throw-away profile, tries a wrong password then the right
// one on each sheet and writes what happened. Passwords travel as UTF-16 code units, so that no locale or
// encoding of the environment can change them on the way.

import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { requireTool } from "./tools";

const run = promisify(execFile);

const MACRO = `
Function FromCodes(codes As String) As String
  Dim text As String
  For Each code In Split(codes, " ")
    text = text & Chr(CLng(code))
  Next
  FromCodes = text
End Function

Function Unlocks(sheet As Object, password As String) As Boolean
  On Error GoTo Refused
  sheet.unprotect(password)
  Unlocks = Not sheet.isProtected()
  Exit Function
Refused:
  Unlocks = False
End Function

Sub Check
  On Error GoTo Failed
  Dim props(0) As New com.sun.star.beans.PropertyValue
  props(0).Name = "Hidden"
  props(0).Value = True
  report = FreeFile
  Open Environ("GRILLE_OUT") For Output As #report
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ("GRILLE_BOOK")), "_blank", 0, props())
  For i = 0 To doc.Sheets.Count - 1
    sheet = doc.Sheets.getByIndex(i)
    wasProtected = sheet.isProtected()
    wrongOpens = Unlocks(sheet, FromCodes(Split(Environ("GRILLE_WRONG"), ";")(i)))
    passwordOpens = Unlocks(sheet, FromCodes(Split(Environ("GRILLE_PASSWORD"), ";")(i)))
    Print #report, i & "|" & wasProtected & "|" & wrongOpens & "|" & passwordOpens
  Next i
  doc.close(True)
  Close #report
  StarDesktop.terminate()
  Exit Sub
Failed:
  Print #report, "error|" & Err & "|" & Error$
  Close #report
  StarDesktop.terminate()
End Sub
`;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function codes(text: string): string {
  return Array.from({ length: text.length }, (_v, i) => text.charCodeAt(i)).join(" ");
}

export interface SheetUnlock {
  readonly protected: boolean;
  /** A wrong password lifted the protection (it must not). */
  readonly wrongUnlocks: boolean;
  /** The right password lifted it. */
  readonly unlocks: boolean;
}

/** The passwords to try on one sheet: first the wrong one, then the right one. */
export interface UnlockAttempt {
  readonly wrong: string;
  readonly password: string;
}

/** What LibreOffice does when asked to unprotect sheet i of `file` with attempts[i].wrong, then .password. */
export async function unprotectInLibreOffice(
  file: string,
  attempts: readonly UnlockAttempt[],
): Promise<SheetUnlock[]> {
  const soffice = requireTool("soffice");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-lo-unprotect-"));
  try {
    const profile = `file://${path.join(dir, "profile")}`;
    const options = { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 };
    // The first start lays out the profile, Basic libraries included; our module is added afterwards.
    await run(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--terminate_after_init"], options);
    const library = path.join(dir, "profile", "user", "basic", "Standard");
    const index = path.join(library, "script.xlb");
    const xlb = await fs.readFile(index, "utf8");
    await fs.writeFile(
      index,
      xlb.replace("</library:library>", ' <library:element library:name="Grille"/>\n</library:library>'),
    );
    await fs.writeFile(
      path.join(library, "Grille.xba"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n' +
        `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Grille" script:language="StarBasic">${escapeXml(MACRO)}</script:module>\n`,
    );
    const out = path.join(dir, "unlock.txt");
    const env = {
      ...process.env,
      GRILLE_BOOK: file,
      GRILLE_OUT: out,
      GRILLE_PASSWORD: attempts.map((a) => codes(a.password)).join(";"),
      GRILLE_WRONG: attempts.map((a) => codes(a.wrong)).join(";"),
    };
    await run(
      soffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "macro:///Standard.Grille.Check"],
      {
        ...options,
        env,
      },
    );
    const lines = (await fs.readFile(out, "utf8")).split(/\r?\n/).filter(Boolean);
    if (lines.some((line) => line.startsWith("error|")))
      throw new Error(`LibreOffice macro failed: ${lines.join("; ")}`);
    return lines.map((line) => {
      const [, wasProtected, wrongOpens, passwordOpens] = line.split("|");
      return {
        protected: wasProtected === "True",
        wrongUnlocks: wrongOpens === "True",
        unlocks: passwordOpens === "True",
      };
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
