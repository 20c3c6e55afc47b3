/**
 * The standard grid v1.0 as data: every id of sections 1 and 2 of the standard and the four VAT rates, once.
 * The JSON reader and writer, the JSON Schema, validation, the template, the UI and docs/standard.md are
 * generated from this table or checked against it. A later version may add entries, never change one.
 */

export const STANDARD_NAME = "grille-commune-traiteur";
export const STANDARD_VERSION = "1.0";

/** Prefix of every defined name of the template: `GCT_` + the id with "." replaced by "_". */
export const EXCEL_NAME_PREFIX = "GCT_";

export type SectionId =
  | "entreprise"
  | "engagements"
  | "capacite"
  | "commande"
  | "prix"
  | "cocktail"
  | "boissons"
  | "plateau"
  | "buffet"
  | "pause"
  | "repas"
  | "livraison"
  | "personnel"
  | "materiel"
  | "tva";

export type EntryKind =
  | "text"
  | "enum"
  | "list"
  | "integer"
  | "percent"
  | "money"
  | "date"
  | "email"
  | "phone"
  | "siret"
  | "price"
  | "parameter-money"
  | "parameter-hours"
  | "vat-rate";

/** VAT categories of the standard; rates are grid parameters `tva.<category>`. */
export type VatCategory = "repas" | "alcool" | "materiel" | "emporter";
export const VAT_CATEGORIES: readonly VatCategory[] = ["repas", "alcool", "materiel", "emporter"];

/** A price line's VAT: its own category, or `accessoire` (the category of the service it belongs to; repas alone). */
export type LineVat = VatCategory | "accessoire";

/** What one price line is priced per. `piece` is "pièce (par personne)". */
export type PriceUnit = "personne" | "piece" | "plateau" | "livraison" | "heure" | "unite";

export interface Label {
  readonly fr: string;
  readonly en: string;
}

export interface CatalogueEntry {
  /** The standard's id, used as is everywhere (JSON, template, docs, messages). */
  readonly id: string;
  readonly section: SectionId;
  readonly label: Label;
  readonly kind: EntryKind;
  /** Price lines only. */
  readonly unit?: PriceUnit;
  /** Price lines only. */
  readonly vat?: LineVat;
  /** A blank value is an error (identity); price lines are never required (blank = not offered). */
  readonly required: boolean;
  /** enum and list kinds: the accepted values. */
  readonly options?: readonly string[];
  /** Bounds of numeric identity values, inclusive (integer, percent). */
  readonly min?: number;
  readonly max?: number;
  /** vat-rate only: the default rate in basis points. */
  readonly defaultRate?: number;
  /** Where the value sits in the JSON of section 3: ["entreprise", "siret"], ["prix", "cocktail.formule.6"]… */
  readonly jsonPath: readonly [string] | readonly [string, string];
  /** The template's defined name for the cell holding this value. */
  readonly excelName: string;
}

export function excelNameOf(id: string): string {
  return EXCEL_NAME_PREFIX + id.replace(/\./g, "_");
}

type Draft = Omit<CatalogueEntry, "excelName" | "jsonPath" | "section" | "required"> & {
  readonly required?: boolean;
  readonly jsonPath?: CatalogueEntry["jsonPath"];
};

function sectionOf(id: string): SectionId {
  return id.split(".")[0] as SectionId;
}

function entry(draft: Draft, jsonPath: CatalogueEntry["jsonPath"]): CatalogueEntry {
  return {
    ...draft,
    section: sectionOf(draft.id),
    required: draft.required ?? false,
    jsonPath: draft.jsonPath ?? jsonPath,
    excelName: excelNameOf(draft.id),
  };
}

/** Identity ids sit under their section in JSON: entreprise.siret → {"entreprise": {"siret": …}}. */
function identity(draft: Draft): CatalogueEntry {
  const [section, key] = draft.id.split(".");
  return entry(draft, [section, key]);
}

/** Price lines and parameters sit under "prix" with their full id as key. */
function price(id: string, fr: string, en: string, unit: PriceUnit, vat: LineVat): CatalogueEntry {
  return entry({ id, label: { fr, en }, kind: "price", unit, vat }, ["prix", id]);
}

function parameter(
  id: string,
  fr: string,
  en: string,
  kind: "parameter-money" | "parameter-hours",
): CatalogueEntry {
  return entry({ id, label: { fr, en }, kind }, ["prix", id]);
}

function vatRate(category: VatCategory, fr: string, en: string, defaultRate: number): CatalogueEntry {
  return entry({ id: `tva.${category}`, label: { fr, en }, kind: "vat-rate", defaultRate }, [
    "tva",
    category,
  ]);
}

export const STRUCTURE_TYPES = [
  "EI",
  "ETTI",
  "AI",
  "ACI",
  "EA",
  "ESAT",
  "SCOP",
  "SCIC",
  "ESUS",
  "AUTRE",
] as const;
export const DEPARTMENTS = ["75", "77", "78", "91", "92", "93", "94", "95"] as const;
export const COCKTAIL_PIECES = [6, 8, 10, 12, 15, 20] as const;

const cocktails = COCKTAIL_PIECES.map((pieces) =>
  price(
    `cocktail.formule.${pieces}`,
    `Cocktail ${pieces} pièces`,
    `Cocktail, ${pieces} pieces`,
    "personne",
    "repas",
  ),
);

export const CATALOGUE: readonly CatalogueEntry[] = [
  // 1. Identity and commitments
  identity({
    id: "entreprise.raison_sociale",
    label: { fr: "Raison sociale", en: "Company name" },
    kind: "text",
    required: true,
  }),
  identity({
    id: "entreprise.siret",
    label: { fr: "SIRET", en: "SIRET number" },
    kind: "siret",
    required: true,
  }),
  identity({
    id: "entreprise.type_structure",
    label: { fr: "Type de structure", en: "Type of organisation" },
    kind: "enum",
    options: STRUCTURE_TYPES,
    required: true,
  }),
  identity({
    id: "entreprise.agrement",
    label: { fr: "Agrément / n° de référence", en: "Approval / reference number" },
    kind: "text",
  }),
  identity({
    id: "entreprise.contact_nom",
    label: { fr: "Contact : nom", en: "Contact: name" },
    kind: "text",
  }),
  identity({
    id: "entreprise.contact_email",
    label: { fr: "Contact : e-mail", en: "Contact: email" },
    kind: "email",
  }),
  identity({
    id: "entreprise.contact_telephone",
    label: { fr: "Contact : téléphone", en: "Contact: telephone" },
    kind: "phone",
  }),
  identity({
    id: "entreprise.departements",
    label: { fr: "Départements desservis", en: "Departments served" },
    kind: "list",
    options: DEPARTMENTS,
  }),
  identity({
    id: "engagements.heures_insertion_an",
    label: { fr: "Heures d'insertion par an", en: "Insertion hours per year" },
    kind: "integer",
    min: 0,
  }),
  identity({
    id: "engagements.part_bio_pct",
    label: { fr: "Part de produits bio (%)", en: "Share of organic products (%)" },
    kind: "percent",
    min: 0,
    max: 100,
  }),
  identity({
    id: "engagements.part_circuits_courts_pct",
    label: { fr: "Part de produits en circuits courts (%)", en: "Share of short-circuit products (%)" },
    kind: "percent",
    min: 0,
    max: 100,
  }),
  identity({
    id: "capacite.couverts_max_jour",
    label: { fr: "Capacité : couverts par jour", en: "Capacity: covers per day" },
    kind: "integer",
    min: 1,
  }),
  identity({
    id: "commande.delai_jours",
    label: { fr: "Délai de commande (jours)", en: "Order lead time (days)" },
    kind: "integer",
    min: 0,
  }),
  identity({
    id: "commande.minimum_ht",
    label: { fr: "Minimum de commande HT", en: "Minimum order before VAT" },
    kind: "money",
  }),
  identity({
    id: "prix.validite",
    label: { fr: "Prix valables jusqu'au", en: "Prices valid until" },
    kind: "date",
    jsonPath: ["validite"],
  }),

  // 2. Price lines
  ...cocktails,
  price("cocktail.piece_supplementaire", "Pièce supplémentaire", "Extra piece", "piece", "repas"),
  price("boissons.sans_alcool", "Forfait boissons sans alcool", "Soft drinks package", "personne", "repas"),
  price("boissons.chaudes", "Boissons chaudes", "Hot drinks", "personne", "repas"),
  price("boissons.vin", "Forfait vin", "Wine package", "personne", "alcool"),
  price("boissons.champagne", "Coupe de champagne", "Glass of champagne", "personne", "alcool"),
  price("plateau.classique", "Plateau-repas classique", "Classic meal tray", "plateau", "repas"),
  price("plateau.prestige", "Plateau-repas prestige", "Premium meal tray", "plateau", "repas"),
  price("plateau.vegetarien", "Plateau-repas végétarien", "Vegetarian meal tray", "plateau", "repas"),
  price("buffet.froid", "Buffet froid", "Cold buffet", "personne", "repas"),
  price("buffet.chaud", "Buffet chaud", "Hot buffet", "personne", "repas"),
  price("pause.accueil", "Café d'accueil", "Welcome coffee", "personne", "repas"),
  price("pause.cafe", "Pause-café", "Coffee break", "personne", "repas"),
  price("repas.assis", "Repas assis", "Seated meal", "personne", "repas"),
  price("livraison.paris", "Livraison Paris (75)", "Delivery, Paris (75)", "livraison", "accessoire"),
  price(
    "livraison.petite_couronne",
    "Livraison petite couronne (92, 93, 94)",
    "Delivery, inner suburbs (92, 93, 94)",
    "livraison",
    "accessoire",
  ),
  price(
    "livraison.grande_couronne",
    "Livraison grande couronne (77, 78, 91, 95)",
    "Delivery, outer suburbs (77, 78, 91, 95)",
    "livraison",
    "accessoire",
  ),
  price(
    "livraison.majoration_soir",
    "Majoration livraison après 19 h",
    "Surcharge, delivery after 7 pm",
    "livraison",
    "accessoire",
  ),
  price(
    "livraison.majoration_weekend",
    "Majoration samedi, dimanche, jour férié",
    "Surcharge, Saturday, Sunday, public holiday",
    "livraison",
    "accessoire",
  ),
  price(
    "livraison.reprise",
    "Reprise du matériel (second passage)",
    "Equipment pick-up (second trip)",
    "livraison",
    "accessoire",
  ),
  parameter(
    "livraison.franco_seuil_ht",
    "Franco de livraison à partir de (HT)",
    "Free delivery from (before VAT)",
    "parameter-money",
  ),
  price("personnel.maitre_hotel", "Maître d'hôtel", "Head waiter", "heure", "accessoire"),
  price("personnel.serveur", "Serveur", "Waiter", "heure", "accessoire"),
  price("personnel.cuisinier", "Cuisinier", "Cook", "heure", "accessoire"),
  parameter(
    "personnel.minimum_heures",
    "Durée minimale facturée par intervenant",
    "Minimum hours billed per staff member",
    "parameter-hours",
  ),
  price("materiel.mange_debout", "Mange-debout", "Standing table", "unite", "materiel"),
  price("materiel.nappage", "Nappage (par table)", "Table linen (per table)", "unite", "materiel"),
  price("materiel.vaisselle", "Vaisselle et verrerie", "Tableware and glassware", "personne", "materiel"),

  // VAT rates (percent in JSON, basis points in the core)
  vatRate("repas", "TVA repas et boissons sans alcool", "VAT, food and soft drinks", 1000),
  vatRate("alcool", "TVA boissons alcoolisées", "VAT, alcoholic drinks", 2000),
  vatRate("materiel", "TVA location de matériel", "VAT, equipment hire", 2000),
  vatRate("emporter", "TVA vente à emporter", "VAT, take-away", 550),
];

const BY_ID: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((item) => [item.id, item]));

/** The entry of an id of the standard, or undefined for an id the standard does not know. */
export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}

/** The kinds of section 1's values (identity and commitments). */
export type IdentityKind = Exclude<EntryKind, "price" | "parameter-money" | "parameter-hours" | "vat-rate">;

export function isIdentityKind(kind: EntryKind): kind is IdentityKind {
  return !isPriceKind(kind) && kind !== "vat-rate";
}

export function isPriceKind(kind: EntryKind): boolean {
  return kind === "price" || kind === "parameter-money" || kind === "parameter-hours";
}

/** Sections 1: identity and commitments (everything that is neither a price line, a parameter nor a VAT rate). */
export const IDENTITY_ENTRIES: readonly CatalogueEntry[] = CATALOGUE.filter(
  (item) => !isPriceKind(item.kind) && item.kind !== "vat-rate",
);
/** Section 2: price lines and the two parameters, in the standard's order. */
export const PRICE_ENTRIES: readonly CatalogueEntry[] = CATALOGUE.filter((item) => isPriceKind(item.kind));
/** Section 2 price lines only (no parameters). */
export const PRICE_LINE_ENTRIES: readonly CatalogueEntry[] = CATALOGUE.filter(
  (item) => item.kind === "price",
);
export const VAT_ENTRIES: readonly CatalogueEntry[] = CATALOGUE.filter((item) => item.kind === "vat-rate");

/** The VAT a line is billed at when billed alone: its category, `accessoire` → repas (section 2). */
export function standaloneVat(line: CatalogueEntry): VatCategory {
  return !line.vat || line.vat === "accessoire" ? "repas" : line.vat;
}

export const SECTIONS: readonly { readonly id: SectionId; readonly label: Label }[] = [
  { id: "entreprise", label: { fr: "Entreprise", en: "Company" } },
  { id: "engagements", label: { fr: "Engagements", en: "Commitments" } },
  { id: "capacite", label: { fr: "Capacité", en: "Capacity" } },
  { id: "commande", label: { fr: "Commande", en: "Ordering" } },
  { id: "prix", label: { fr: "Validité des prix", en: "Price validity" } },
  { id: "cocktail", label: { fr: "Cocktails", en: "Cocktails" } },
  { id: "boissons", label: { fr: "Boissons", en: "Drinks" } },
  { id: "plateau", label: { fr: "Plateaux-repas", en: "Meal trays" } },
  { id: "buffet", label: { fr: "Buffets", en: "Buffets" } },
  { id: "pause", label: { fr: "Pauses", en: "Breaks" } },
  { id: "repas", label: { fr: "Repas", en: "Meals" } },
  { id: "livraison", label: { fr: "Livraison", en: "Delivery" } },
  { id: "personnel", label: { fr: "Personnel de service", en: "Service staff" } },
  { id: "materiel", label: { fr: "Matériel", en: "Equipment" } },
  { id: "tva", label: { fr: "Taux de TVA", en: "VAT rates" } },
];

/** Units of price lines, in words, for labels, the template and docs. */
export const UNIT_LABELS: Readonly<Record<PriceUnit, Label>> = {
  personne: { fr: "personne", en: "person" },
  piece: { fr: "pièce (par personne)", en: "piece (per person)" },
  plateau: { fr: "plateau", en: "tray" },
  livraison: { fr: "livraison", en: "delivery" },
  heure: { fr: "heure", en: "hour" },
  unite: { fr: "unité", en: "unit" },
};
