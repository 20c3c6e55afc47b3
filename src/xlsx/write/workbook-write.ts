// Package-level parts of a new workbook: workbook.xml, relationships, content types and document properties.

import type { DefinedNamePlan, DocumentPropertiesPlan, WorkbookPlan } from "../../core/workbook/plan";
import { absoluteRange, parseRange, quoteSheetName } from "../../core/workbook/address";
import { escapeXml } from "../xml";
import { storedFormula } from "./future-functions";
import type { PackagePart } from "./sheet-write";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Print titles ("1:3") and print areas become the reserved names Excel and LibreOffice read. */
export function printNames(plan: WorkbookPlan): DefinedNamePlan[] {
  return plan.sheets.flatMap((sheet) => {
    const names: DefinedNamePlan[] = [];
    const quoted = quoteSheetName(sheet.name);
    const rows = sheet.print?.printTitleRows && /^(\d+):(\d+)$/.exec(sheet.print.printTitleRows);
    if (rows)
      names.push({ name: "_xlnm.Print_Titles", sheet: sheet.name, ref: `${quoted}!$${rows[1]}:$${rows[2]}` });
    const area = sheet.print?.area ? parseRange(sheet.print.area) : undefined;
    if (area)
      names.push({ name: "_xlnm.Print_Area", sheet: sheet.name, ref: `${quoted}!${absoluteRange(area)}` });
    return names;
  });
}

export function workbookXml(plan: WorkbookPlan): string {
  const activeTab = Math.max(
    0,
    plan.sheets.findIndex((sheet) => (sheet.visibility ?? "visible") === "visible"),
  );
  const sheets = plan.sheets.map((sheet, index) => {
    const state = sheet.visibility && sheet.visibility !== "visible" ? ` state="${sheet.visibility}"` : "";
    return `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${state} r:id="rId${index + 1}"/>`;
  });
  const names = [...(plan.names ?? []), ...printNames(plan)].map((name) => {
    const local = name.sheet !== undefined ? plan.sheets.findIndex((sheet) => sheet.name === name.sheet) : -1;
    if (name.sheet !== undefined && local < 0)
      throw new Error(`defined name ${name.name}: no sheet "${name.sheet}"`);
    const scope = local >= 0 ? ` localSheetId="${local}"` : "";
    return `<definedName name="${escapeXml(name.name)}"${scope}${name.hidden ? ' hidden="1"' : ""}>${escapeXml(storedFormula(name.ref))}</definedName>`;
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="${activeTab}"/></bookViews><sheets>${sheets.join("")}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    // Formulas are written without cached results: every engine must compute them when the file opens.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.join("") +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    "</Relationships>"
  );
}

export function rootRelsXml(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>"
  );
}

export function contentTypesXml(parts: readonly PackagePart[]): string {
  const overrides = parts
    .filter((part) => part.contentType)
    .map((part) => `<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`);
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.join("") +
    "</Types>"
  );
}

/** Document properties; no creation date, so that the same plan always gives the same bytes. */
export function docPropsParts(properties: DocumentPropertiesPlan | undefined): PackagePart[] {
  const p = properties ?? {};
  const element = (tag: string, value: string | undefined) =>
    value ? `<${tag}>${escapeXml(value)}</${tag}>` : "";
  const core =
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", p.title) +
    element("dc:subject", p.subject) +
    element("dc:creator", p.creator) +
    element("cp:keywords", p.keywords) +
    element("dc:description", p.description) +
    "</cp:coreProperties>";
  const app =
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Grille commune traiteur</Application>" +
    element("Company", p.company) +
    "</Properties>";
  return [
    {
      path: "docProps/core.xml",
      xml: core,
      contentType: "application/vnd.openxmlformats-package.core-properties+xml",
    },
    {
      path: "docProps/app.xml",
      xml: app,
      contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    },
  ];
}
