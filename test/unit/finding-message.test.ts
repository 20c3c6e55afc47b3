import { findingMessage } from "../../src/core/finding-message";
import type { Finding } from "../../src/core/findings";

const siret: Finding = {
  code: "grid.siret.format",
  severity: "error",
  id: "entreprise.siret",
  messageKey: "grid.siret.format",
  params: { id: "entreprise.siret", value: "123" },
};

describe("findings in words", () => {
  it("names a standard id by its label in the reader's language, with the id", () => {
    expect(findingMessage(siret, "fr")).toBe(
      "« SIRET (entreprise.siret) » : le SIRET « 123 » doit compter 14 chiffres. Recopiez les 14 chiffres, sans espace.",
    );
    expect(findingMessage(siret, "en")).toContain('"SIRET number (entreprise.siret)"');
  });

  it("leaves an unknown id as it was written, so the reader can find it in the file", () => {
    const unknown: Finding = {
      code: "grid.json.unknownId",
      severity: "warning",
      messageKey: "grid.json.unknownId",
      params: { id: "cocktail.formule.7" },
    };
    expect(findingMessage(unknown, "fr")).toContain("« cocktail.formule.7 »");
  });
});
