// A reader of the formula language the product writes (R8), for tests: numbers, "text", defined names, + − × ÷,
// comparisons, parentheses and function calls, with Excel's precedence. It is written from Excel's grammar, not
// from the product's formula writer, so a test can evaluate what the writer emitted without trusting it.

export type FormulaNode =
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly kind: "unary"; readonly op: "-" | "+"; readonly of: FormulaNode }
  | {
      readonly kind: "binary";
      readonly op: BinaryOp;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    };

export type BinaryOp = "+" | "-" | "*" | "/" | "=" | "<>" | "<" | ">" | "<=" | ">=";

type Token =
  | { readonly kind: "number" | "name" | "text"; readonly text: string }
  | { readonly kind: "op"; readonly text: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)|"((?:[^"]|"")*)"|(<>|<=|>=|[-+*/=<>(),]))/y;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) throw new SyntaxError(`unexpected "${formula.slice(at, at + 20)}" at ${at}`);
    const [, number, name, text, op] = match;
    if (number !== undefined) tokens.push({ kind: "number", text: number });
    else if (name !== undefined) tokens.push({ kind: "name", text: name });
    else if (text !== undefined) tokens.push({ kind: "text", text: text.replace(/""/g, '"') });
    else tokens.push({ kind: "op", text: op });
  }
  return tokens;
}

const COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];

/** Parses a formula, with or without its leading "=". */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula.replace(/^\s*=/, ""));
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (...ops: string[]) => {
    const token = peek();
    return token?.kind === "op" && ops.includes(token.text);
  };
  const expect = (op: string) => {
    if (!isOp(op)) throw new SyntaxError(`expected "${op}" at token ${position}`);
    position += 1;
  };

  // comparison < additive < multiplicative < unary < primary, all left-associative (Excel's order).
  function comparison(): FormulaNode {
    let left = additive();
    while (isOp(...COMPARISONS)) {
      const op = tokens[position++].text as BinaryOp;
      left = { kind: "binary", op, left, right: additive() };
    }
    return left;
  }
  function additive(): FormulaNode {
    let left = multiplicative();
    while (isOp("+", "-")) {
      const op = tokens[position++].text as BinaryOp;
      left = { kind: "binary", op, left, right: multiplicative() };
    }
    return left;
  }
  function multiplicative(): FormulaNode {
    let left = unary();
    while (isOp("*", "/")) {
      const op = tokens[position++].text as BinaryOp;
      left = { kind: "binary", op, left, right: unary() };
    }
    return left;
  }
  function unary(): FormulaNode {
    if (isOp("-", "+")) {
      const op = tokens[position++].text as "-" | "+";
      return { kind: "unary", op, of: unary() };
    }
    return primary();
  }
  function primary(): FormulaNode {
    const token = peek();
    if (!token) throw new SyntaxError("unexpected end of formula");
    position += 1;
    if (token.kind === "number") return { kind: "number", text: token.text };
    if (token.kind === "text") return { kind: "text", value: token.text };
    if (token.kind === "name") {
      if (!isOp("(")) return { kind: "name", name: token.text };
      expect("(");
      const args: FormulaNode[] = [];
      if (!isOp(")")) {
        args.push(comparison());
        while (isOp(",")) {
          position += 1;
          args.push(comparison());
        }
      }
      expect(")");
      return { kind: "call", name: token.text.toUpperCase(), args };
    }
    if (token.text === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    throw new SyntaxError(`unexpected "${token.text}" at token ${position - 1}`);
  }

  const tree = comparison();
  if (position !== tokens.length)
    throw new SyntaxError(`unexpected "${tokens[position].text}" after the formula`);
  return tree;
}
