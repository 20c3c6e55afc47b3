import { COCKTAIL } from "../core/variant";
import type { Lang, Translate } from "../i18n";
import {
  EXTRA_CHOICES,
  PRODUCT_CHOICES,
  ROLE_CHOICES,
  ZONE_CHOICES,
  productName,
  type VariantFields,
} from "../usecases/variant-fields";
import {
  DEFAULT_FIELDS,
  fieldsForProduct,
  productFields,
  type ProductFields,
} from "../usecases/variant-fields-for";
import { el } from "./dom";
import type { Finding } from "../core/findings";
import { findingMessage } from "../core/finding-message";
import {
  checkbox,
  clearInvalid,
  field,
  labelOf,
  markInvalid,
  numberInput,
  select,
  setOptions,
  type Option,
} from "./controls";

// The small form that describes a variant: product (and pieces for a cocktail), extras, guests, unit, delivery and
// staff. Only the parts that apply to the product are shown (productFields); when the product changes, what applies
// to both keeps what was typed, and what no longer applies is emptied, so nothing hidden is sent (fieldsForProduct).

export interface VariantForm {
  readonly form: HTMLFormElement;
  fields(): VariantFields;
  /** Puts `fields` in the controls (a reading to confirm or correct), showing the parts they need. */
  setFields(fields: VariantFields): void;
  /**
   * Shows each finding about a field of the variant beside its control (aria-invalid, aria-describedby) and moves
   * focus to the first; returns the label of that field (null when none) and the findings that name no field.
   */
  showErrors(findings: readonly Finding[]): { readonly field: string | null; readonly others: Finding[] };
  clearErrors(): void;
}

/** The control of each field of the variant (section 4), by the path a finding names. */
const CONTROL_OF_PATH: Readonly<Record<string, string>> = {
  product: "v-product",
  pieces: "v-pieces",
  guests: "v-guests",
  unit: "v-unit",
  delivery: "v-delivery",
  "delivery.zone": "v-zone",
  staff: "v-staff",
  "staff.role": "v-role",
  "staff.count": "v-staff-number",
  "staff.per_guests": "v-staff-number",
  "staff.hours": "v-hours",
};

/** One part of the form: its elements, the fields it contributes, and what it shows of them for a product. */
interface Part<F extends Partial<VariantFields>> {
  readonly elements: readonly HTMLElement[];
  read(): F;
  /** Puts the fields in the controls; `show` for the same product has run before. */
  write(fields: VariantFields): void;
  /** Shows only what applies to the product (the units it is sold in among them). */
  show(applies: ProductFields): void;
}

const inclusion = (t: Translate, part: "delivery" | "staff"): Option[] =>
  (["none", "included", "excluded"] as const).map((value) => [value, t(`pane.price.${part}.${value}`)]);

function productPart(t: Translate, lang: Lang) {
  const options: Option[] = PRODUCT_CHOICES.map((id) => [
    id,
    id === COCKTAIL ? t("pane.price.cocktail") : (productName(id, lang) ?? id),
  ]);
  const product = select("v-product", options);
  const pieces = numberInput("v-pieces", "");
  const piecesField = field("v-pieces", t("pane.price.pieces"), pieces);
  const extras = EXTRA_CHOICES.map((id) => ({
    id,
    ...checkbox(`v-extra-${id.replace(/\./g, "-")}`, productName(id, lang) ?? id),
  }));
  const extrasGroup = el("fieldset", { class: "group", "data-field": "extras" }, [
    el("legend", {}, [t("pane.price.extras")]),
    ...extras.map((e) => e.row),
  ]);
  const guests = numberInput("v-guests", "");
  const guestsField = field("v-guests", t("pane.price.guests"), guests);
  const unit = select("v-unit", []);
  return {
    product,
    elements: [
      field("v-product", t("pane.price.product"), product),
      piecesField,
      extrasGroup,
      guestsField,
      field("v-unit", t("pane.price.unit"), unit),
    ],
    read: () => ({
      product: product.value,
      pieces: pieces.value,
      extras: extras.filter((extra) => extra.box.checked).map((extra) => extra.id),
      guests: guests.value,
      unit: unit.value,
    }),
    write: (fields: VariantFields) => {
      product.value = fields.product;
      pieces.value = fields.pieces;
      for (const extra of extras) extra.box.checked = fields.extras.includes(extra.id);
      guests.value = fields.guests;
      unit.value = fields.unit;
    },
    show: (applies: ProductFields) => {
      piecesField.hidden = !applies.pieces;
      for (const extra of extras) extra.row.hidden = !applies.extras.includes(extra.id);
      extrasGroup.hidden = applies.extras.length === 0;
      guestsField.hidden = !applies.guests;
      setOptions(
        unit,
        applies.units.map((choice) => [choice, t(`pricing.unit.${choice}`)]),
      );
    },
  } satisfies Part<Pick<VariantFields, "product" | "pieces" | "extras" | "guests" | "unit">> & {
    readonly product: HTMLSelectElement;
  };
}

function deliveryPart(t: Translate) {
  const delivery = select("v-delivery", inclusion(t, "delivery"));
  const deliveryField = field("v-delivery", t("pane.price.delivery"), delivery);
  const zone = select(
    "v-zone",
    ZONE_CHOICES.map((z) => [z, t(`variant.label.zone.${z}`)]),
  );
  const evening = checkbox("v-evening", t("pane.price.evening"));
  const weekend = checkbox("v-weekend", t("pane.price.weekend"));
  const pickup = checkbox("v-pickup", t("pane.price.pickup"));
  const details = el("div", { class: "details" }, [
    field("v-zone", t("pane.price.zone"), zone),
    evening.row,
    weekend.row,
    pickup.row,
  ]);
  let applies = true;
  const refresh = () => {
    deliveryField.hidden = !applies;
    details.hidden = !applies || delivery.value !== "included";
  };
  delivery.addEventListener("change", refresh);
  return {
    elements: [deliveryField, details],
    read: () => ({
      delivery: delivery.value as VariantFields["delivery"],
      zone: zone.value,
      evening: evening.box.checked,
      weekend: weekend.box.checked,
      pickup: pickup.box.checked,
    }),
    write: (fields: VariantFields) => {
      delivery.value = fields.delivery;
      zone.value = fields.zone;
      evening.box.checked = fields.evening;
      weekend.box.checked = fields.weekend;
      pickup.box.checked = fields.pickup;
      refresh();
    },
    show: (product: ProductFields) => {
      applies = product.delivery;
      refresh();
    },
  } satisfies Part<Pick<VariantFields, "delivery" | "zone" | "evening" | "weekend" | "pickup">>;
}

function staffPart(t: Translate) {
  const staff = select("v-staff", inclusion(t, "staff"));
  const staffField = field("v-staff", t("pane.price.staff"), staff);
  const role = select(
    "v-role",
    ROLE_CHOICES.map((r) => [r, t(`variant.label.role.${r}.one`)]),
  );
  const mode = select("v-staff-mode", [
    ["ratio", t("pane.price.staff.ratio")],
    ["count", t("pane.price.staff.count")],
  ]);
  const number = numberInput("v-staff-number", "");
  const hours = numberInput("v-hours", "");
  const details = el("div", { class: "details" }, [
    field("v-role", t("pane.price.role"), role),
    field("v-staff-mode", t("pane.price.staff.mode"), mode),
    field("v-staff-number", t("pane.price.staff.number"), number),
    field("v-hours", t("pane.price.hours"), hours),
  ]);
  let applies = true;
  const refresh = () => {
    staffField.hidden = !applies;
    details.hidden = !applies || staff.value !== "included";
  };
  staff.addEventListener("change", refresh);
  return {
    elements: [staffField, details],
    read: () => ({
      staff: staff.value as VariantFields["staff"],
      role: role.value,
      staffMode: mode.value as VariantFields["staffMode"],
      staffNumber: number.value,
      hours: hours.value,
    }),
    write: (fields: VariantFields) => {
      staff.value = fields.staff;
      role.value = fields.role;
      mode.value = fields.staffMode;
      number.value = fields.staffNumber;
      hours.value = fields.hours;
      refresh();
    },
    show: (product: ProductFields) => {
      applies = product.staff;
      refresh();
    },
  } satisfies Part<Pick<VariantFields, "staff" | "role" | "staffMode" | "staffNumber" | "hours">>;
}

/** What a form other than pricing asks besides the variant (a quantity…), and what its button says and does. */
export interface VariantFormOptions {
  readonly submitLabel?: string;
  /** The button's `data-action`; "price" by default. */
  readonly submitAction?: string;
  /** Fields placed after the variant's, before the button. */
  readonly extra?: readonly HTMLElement[];
}

export function variantForm(t: Translate, lang: Lang, options: VariantFormOptions = {}): VariantForm {
  const parts = [productPart(t, lang), deliveryPart(t), staffPart(t)] as const;
  const submit = el(
    "button",
    { type: "submit", class: "action primary", "data-action": options.submitAction ?? "price" },
    [options.submitLabel ?? t("pane.price.submit")],
  );
  const form = el("form", { class: "variant-form", novalidate: "" }, [
    ...parts.flatMap((part) => part.elements),
    ...(options.extra ?? []),
    submit,
  ]);
  const [product, delivery, staff] = parts;
  const fields = (): VariantFields => ({ ...product.read(), ...delivery.read(), ...staff.read() });
  /** The product the controls were last written for: a change of product starts from it. */
  let shown = DEFAULT_FIELDS.product;
  const write = (next: VariantFields) => {
    const applies = productFields(next.product);
    for (const part of parts) part.show(applies);
    for (const part of parts) part.write(next);
    shown = next.product;
  };
  // A new product: what does not apply to it is hidden and emptied (the use case says which parts apply), so what
  // is sent is what is seen; the unit follows the product.
  product.product.addEventListener("change", () => {
    clearInvalid(form);
    write(fieldsForProduct({ ...fields(), product: shown }, product.product.value));
  });
  write(DEFAULT_FIELDS);
  const showErrors = (findings: readonly Finding[]) => {
    clearInvalid(form);
    const others: Finding[] = [];
    let first: HTMLElement | null = null;
    for (const finding of findings) {
      const id = CONTROL_OF_PATH[finding.location?.path ?? ""];
      const control = id ? form.querySelector<HTMLElement>(`#${id}`) : null;
      if (!control || control.closest("[hidden]")) {
        others.push(finding);
        continue;
      }
      markInvalid(control, findingMessage(finding, lang));
      first ??= control;
    }
    first?.focus();
    return { field: first ? labelOf(first) : null, others };
  };
  return {
    form,
    fields,
    setFields: (next) => {
      clearInvalid(form);
      write(next);
    },
    showErrors,
    clearErrors: () => clearInvalid(form),
  };
}
