/** SIRET rules of section 1: 14 digits, Luhn checksum, La Poste's SIRETs (356000000…) by digit sum mod 5. */

export type SiretProblem = "format" | "checksum";

const LA_POSTE_SIREN = "356000000";

export function normalizeSiret(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, "");
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((total, digit) => total + Number(digit), 0);
}

/** null when valid; spaces between digit groups are accepted. */
export function siretProblem(value: string): SiretProblem | null {
  const digits = normalizeSiret(value);
  if (!/^\d{14}$/.test(digits)) return "format";
  const isLaPoste = digits.startsWith(LA_POSTE_SIREN);
  const valid = isLaPoste ? digitSum(digits) % 5 === 0 : luhnValid(digits);
  return valid ? null : "checksum";
}
