/** The inventory as stable, pretty-printed JSON (schema `mcp-warden-inventory/1`). */
import type { Inventory } from './inventory';

export function renderInventoryJson(inventory: Inventory): string {
  return JSON.stringify(inventory, null, 2) + '\n';
}
