/** VS Code refuses to start a server that references `${input:id}` when no `inputs` entry declares that id. */
import type { McpConfig } from '../model/mcp-config';
import { findVariableReferences, mayHoldReference, referenceCandidatesOf, type VariableReference } from '../model/variables';
import { stringValuesUnder, type StringValue } from '../parse/string-nodes';
import type { DocNode, ParsedDocument } from '../parse/document';
import { nodeAt } from '../parse/nodes';
import { memoizeLatest } from '../bounded-memo';
import { withLazyEdits } from '../findings/fix';
import { closestMatch } from '../text/edit-distance';
import { defineRule } from './rule';

/** Ids that name a credential get `password: true`, so VS Code stores the answer in secret storage and masks it. */
export const SECRET_ID = /(token|key|secret|passw|pwd|pat\b|auth|credential|bearer|cookie|session)/i;

export interface InputReference {
  readonly value: StringValue;
  readonly ref: VariableReference;
  readonly server?: string;
}

/**
 * Every `${input:id}` in the MCP root of `document`, outside the `inputs` array itself. Shared by this rule and
 * unused-input: remembered for the latest config (a config belongs to one document).
 */
export const inputReferences: (config: McpConfig, document: ParsedDocument) => readonly InputReference[] = memoizeLatest(referencesToInputs);

function referencesToInputs(config: McpConfig, document: ParsedDocument): InputReference[] {
  const result: InputReference[] = [];
  for (const server of config.servers) {
    for (const value of referenceCandidatesOf(server, document)) {
      for (const ref of findVariableReferences(value.value)) if (ref.syntax === 'input') result.push({ value, ref, server: server.name });
    }
  }
  const serverNodes = new Set(config.servers.map((s) => s.node));
  const skip = (node: DocNode): boolean => node === config.inputsNode || serverNodes.has(node);
  for (const value of stringValuesUnder(nodeAt(document.root, config.rootPath), config.rootPath, { skip, accept: mayHoldReference })) {
    for (const ref of findVariableReferences(value.value)) if (ref.syntax === 'input') result.push({ value, ref });
  }
  return result;
}

export const undefinedInput = defineRule({
  meta: {
    id: 'undefined-input',
    description: 'a ${input:id} reference has no matching inputs entry',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  checkConfig(config, context) {
    if (!context.host.capabilities.secretInputs) return;
    const declared = new Set(config.inputs.map((input) => input.id.value));
    const inputsInvalid = config.inputsNode !== undefined && config.inputsNode.type !== 'array';
    for (const { value, ref, server } of inputReferences(config, context.document)) {
      if (declared.has(ref.name)) continue;
      const start = context.document.sourceOffsetInString(value.node, ref.start);
      const end = context.document.sourceOffsetInString(value.node, ref.end);
      const secret = SECRET_ID.test(ref.name);
      // Declaring a near-miss of an existing id (`pg-pasword` next to `pg-password`) would lock a typo in unattended.
      const nearMiss = closestMatch(ref.name, [...declared]);
      const input = {
        type: 'promptString',
        id: ref.name,
        description: `${ref.name}${server ? ` for ${server}` : ''}`,
        ...(secret ? { password: true } : {}),
      };
      context.report({
        message: ref.name === ''
          ? `"${ref.text}" names no input id; VS Code cannot start ${server ? `server "${server}"` : 'this server'}`
          : `no entry in "inputs" declares the id "${ref.name}", so VS Code cannot resolve "${ref.text}" and will not start ${server ? `server "${server}"` : 'the server'}`,
        span: { offset: start, length: end - start },
        path: value.path,
        confidence: config.detectedBy === 'shape' ? 'medium' : 'high',
        discriminator: `${ref.name}@${start}`,
        ...(server !== undefined ? { server } : {}),
        fixes: ref.name === '' || inputsInvalid || !/^[\w.-]+$/.test(ref.name) ? [] : [withLazyEdits({
          title: `Declare input "${ref.name}"${secret ? ' (password prompt)' : ''}`,
          safe: nearMiss === undefined,
        }, () => context.document.editor().appendToArray([...config.rootPath, 'inputs'], input))],
      });
    }
  },
});
