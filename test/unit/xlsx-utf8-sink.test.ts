import fc from "fast-check";
import { Utf8Sink } from "../../src/xlsx/write/utf8-sink";

// The writer encodes a worksheet a row at a time: the bytes must be exactly those of the whole text encoded at once,
// whatever the characters (accents, €, characters outside the BMP) and however often the buffer grows.

test("the bytes are those of the whole text encoded at once", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 3000 }), { maxLength: 60 }), (pieces) => {
      const sink = new Utf8Sink();
      for (const piece of pieces) sink.write(piece);
      expect(Buffer.from(sink.bytes()).equals(Buffer.from(new TextEncoder().encode(pieces.join(""))))).toBe(
        true,
      );
    }),
    { numRuns: 200, seed: 3 },
  );
});

test("a text larger than the buffer many times over, in one write and in many", () => {
  const row = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>Pièces à 9,60 € 🥂 ';
  const whole = row.repeat(20_000);
  const once = new Utf8Sink();
  once.write(whole);
  const many = new Utf8Sink();
  for (let index = 0; index < 20_000; index++) many.write(row);
  const expected = new TextEncoder().encode(whole);
  expect(once.bytes().length).toBe(expected.length);
  expect(Buffer.from(once.bytes()).equals(Buffer.from(expected))).toBe(true);
  expect(Buffer.from(many.bytes()).equals(Buffer.from(expected))).toBe(true);
});
