/** Reference writers for each interpolation syntax, and capability sets shared by host definitions. */
import type { HostCapabilities } from './host-format';
export const envColonReference = (name: string): string => `\${env:${name}}`;
export const bracesReference = (name: string): string => `\${${name}}`;

export const VSCODE_PREDEFINED = ['workspaceFolder', 'workspaceFolderBasename', 'userHome', 'pathSeparator', '/', 'cwd', 'execPath'];
export const CURSOR_PREDEFINED = ['userHome', 'workspaceFolder', 'workspaceFolderBasename', 'pathSeparator', '/'];

/** Hosts that read strict JSON and expand no variables (Claude Desktop, LM Studio, Junie). */
export const STRICT_JSON_NO_VARIABLES: HostCapabilities = {
  comments: false,
  trailingCommas: false,
  interpolation: 'none',
  predefinedVariables: [],
  secretInputs: false,
  envFile: false,
  autoApproveFields: [],
};
