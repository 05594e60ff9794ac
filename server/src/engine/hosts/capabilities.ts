/** Reference writers for each interpolation syntax, shared by host definitions. */
export const envColonReference = (name: string): string => `\${env:${name}}`;
export const bracesReference = (name: string): string => `\${${name}}`;

export const VSCODE_PREDEFINED = ['workspaceFolder', 'workspaceFolderBasename', 'userHome', 'pathSeparator', '/', 'cwd', 'execPath'];
export const CURSOR_PREDEFINED = ['userHome', 'workspaceFolder', 'workspaceFolderBasename', 'pathSeparator', '/'];
