import { bidColumnsOf, bidPriceColumn } from "../../src/core/bid";
import type { TenderColumns } from "../../src/core/tender";

// The table finder's header roles become the bid rules' roles in one place, for the bid check and the comparison.

const DQE: TenderColumns = {
  ref: "A",
  designation: "B",
  unit: "C",
  quantity: "G",
  price_ht: "D",
  vat: "E",
  price_ttc: "F",
  amount: "H",
};

test("a DQE asking HT: the HT price, the TTC checked against it, the amount against quantity × HT", () => {
  const price = bidPriceColumn(DQE);
  expect(price).toBe("D");
  expect(bidColumnsOf(DQE, "HT", "D")).toEqual({
    ref: "A",
    designation: "B",
    unit: "C",
    quantity: "G",
    priceHt: "D",
    vat: "E",
    priceTtc: "F",
    amountHt: "H",
  });
});

test("a table whose basis is TTC: its amount is not an amount HT", () => {
  expect(bidColumnsOf(DQE, "TTC", "D").amountHt).toBeUndefined();
});

test("a table asking TTC only: its TTC column is read as the price, with no TTC or amount check", () => {
  const ttcOnly: TenderColumns = { designation: "B", price_ttc: "D", amount: "E" };
  expect(bidPriceColumn(ttcOnly)).toBe("D");
  expect(bidColumnsOf(ttcOnly, "TTC", "D")).toEqual({ designation: "B", priceHt: "D" });
  expect(bidPriceColumn({ designation: "B" })).toBeUndefined();
});
