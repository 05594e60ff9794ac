/** A `NAME=value` line, quoted when the value has characters dotenv would misread. */
export function envLine(name: string, value: string): string {
  return /^[A-Za-z0-9_\-.+/=~:@%,]*$/.test(value) ? `${name}=${value}` : `${name}=${JSON.stringify(value)}`;
}
