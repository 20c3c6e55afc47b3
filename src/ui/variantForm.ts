import { COCKTAIL } from "../core/variant";
import type { Lang, Translate } from "../i18n";
import {
  EXTRA_CHOICES,
  PRODUCT_CHOICES,
  ROLE_CHOICES,
  ZONE_CHOICES,
  productName,
  unitChoices,
  type VariantFields,
} from "../usecases/variant-fields";
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
// staff. Parts that do not apply are hidden, not removed, so what was typed survives a change of mind.

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

/** One part of the form: its elements and the fields it contributes. */
interface Part<F extends Partial<VariantFields>> {
  readonly elements: readonly HTMLElement[];
  read(): F;
  write(fields: VariantFields): void;
}

const inclusion = (t: Translate, part: "delivery" | "staff"): Option[] =>
  (["none", "included", "excluded"] as const).map((value) => [value, t(`pane.price.${part}.${value}`)]);

function productPart(t: Translate, lang: Lang) {
  const options: Option[] = PRODUCT_CHOICES.map((id) => [
    id,
    id === COCKTAIL ? t("pane.price.cocktail") : (productName(id, lang) ?? id),
  ]);
  const product = select("v-product", options, COCKTAIL);
  const pieces = numberInput("v-pieces", "8");
  const piecesField = field("v-pieces", t("pane.price.pieces"), pieces);
  const extras = EXTRA_CHOICES.map((id) => ({
    id,
    ...checkbox(`v-extra-${id.replace(/\./g, "-")}`, productName(id, lang) ?? id),
  }));
  const guests = numberInput("v-guests", "30");
  const unit = select("v-unit", []);
  const refresh = () => {
    const units = unitChoices(product.value);
    const previous = unit.value;
    setOptions(
      unit,
      units.map((choice) => [choice, t(`pricing.unit.${choice}`)]),
    );
    unit.value = units.some((choice) => choice === previous) ? previous : units[0];
    piecesField.hidden = product.value !== COCKTAIL;
  };
  product.addEventListener("change", refresh);
  refresh();
  return {
    elements: [
      field("v-product", t("pane.price.product"), product),
      piecesField,
      el("fieldset", { class: "group" }, [
        el("legend", {}, [t("pane.price.extras")]),
        ...extras.map((e) => e.row),
      ]),
      field("v-guests", t("pane.price.guests"), guests),
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
      refresh();
      pieces.value = fields.pieces;
      for (const extra of extras) extra.box.checked = fields.extras.includes(extra.id);
      guests.value = fields.guests;
      unit.value = fields.unit;
    },
  } satisfies Part<Pick<VariantFields, "product" | "pieces" | "extras" | "guests" | "unit">>;
}

function deliveryPart(t: Translate) {
  const delivery = select("v-delivery", inclusion(t, "delivery"), "included");
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
  const refresh = () => (details.hidden = delivery.value !== "included");
  delivery.addEventListener("change", refresh);
  refresh();
  return {
    elements: [field("v-delivery", t("pane.price.delivery"), delivery), details],
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
  } satisfies Part<Pick<VariantFields, "delivery" | "zone" | "evening" | "weekend" | "pickup">>;
}

function staffPart(t: Translate) {
  const staff = select("v-staff", inclusion(t, "staff"), "none");
  const role = select(
    "v-role",
    ROLE_CHOICES.map((r) => [r, t(`variant.label.role.${r}.one`)]),
  );
  const mode = select("v-staff-mode", [
    ["ratio", t("pane.price.staff.ratio")],
    ["count", t("pane.price.staff.count")],
  ]);
  const number = numberInput("v-staff-number", "30");
  const hours = numberInput("v-hours", "3");
  const details = el("div", { class: "details" }, [
    field("v-role", t("pane.price.role"), role),
    field("v-staff-mode", t("pane.price.staff.mode"), mode),
    field("v-staff-number", t("pane.price.staff.number"), number),
    field("v-hours", t("pane.price.hours"), hours),
  ]);
  const refresh = () => (details.hidden = staff.value !== "included");
  staff.addEventListener("change", refresh);
  refresh();
  return {
    elements: [field("v-staff", t("pane.price.staff"), staff), details],
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
    fields: () => ({ ...product.read(), ...delivery.read(), ...staff.read() }),
    setFields: (fields) => {
      clearInvalid(form);
      for (const part of parts) part.write(fields);
    },
    showErrors,
    clearErrors: () => clearInvalid(form),
  };
}
