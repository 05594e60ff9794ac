/** Which key, header, flag or URL-parameter names announce a secret value (secrets.md, gitleaks keywords). */
import { memoize } from '../bounded-memo';

export type SecretNoun = 'password' | 'token' | 'API key' | 'secret' | 'private key' | 'credential' | 'connection string';

const SECRET_NAME = /(api[_-]?key|apikey|token|secret|passw(or)?d|pwd|(^|[_-])pass$|credential|private[_-]?key|auth|bearer|connection[_-]?string|(^|[_-])dsn$|database[_-]?ur[li]|(^|[_-])pat$|access[_-]?key|(^|[_-])key$|^key[_-]|session[_-]?key|client[_-]?secret|signing[_-]?key|webhook[_-]?secret)/i;

/** Names that contain a secret word but hold identifiers, public values or paths (secrets.md "non-secret neighbours"). */
const NOT_SECRET_NAME = /(_url$|_uri$|_host$|_hostname$|_port$|_region$|_profile$|^aws_profile$|_project(_id)?$|_team_id$|_org(anization)?_id$|_account_sid$|_account_id$|_client_id$|^client_id$|_user(name)?$|^user(name)?$|_email$|_id$|^next_public_|publishable[_-]?key|public[_-]?key|_anon_key$|^google_application_credentials$|_file$|_path$|_dir$|_version$|_name$|_type$|_mode$|_timeout$|_ttl$|_expir|_endpoint$|_metadata$|_env_vars?$|_config$|_settings$|token[_-]?url|auth[_-]?url|_scopes?$|_audience$|_issuer$|_method$|_provider$|_enabled$|^key[_-]?id$|_key_id$|max[_-]?tokens|tokens?[_-]?limit|keyboard|monkey|^author$)/i;

/** True when a value under this name is meant to be secret. */
export function isSecretName(name: string): boolean {
  return name.length <= MAX_REMEMBERED_NAME ? rememberedSecretName(name) : namesSecret(name);
}

/** A few names (env keys, flags) recur in every server and lint; a name longer than this is no env key or flag. */
const MAX_REMEMBERED_NAME = 256;
const rememberedSecretName = memoize(namesSecret);

function namesSecret(name: string): boolean {
  if (!name) return false;
  const normalised = camelToSnake(name);
  return !NOT_SECRET_NAME.test(normalised) && SECRET_NAME.test(normalised);
}

/** A password-like name: humans choose these values, so entropy is a poor signal. */
export function isPasswordName(name: string): boolean {
  return /(passw(or)?d|pwd|(^|[_-])pass$|passphrase)/i.test(camelToSnake(name));
}

/** The noun used in messages ("password", "token", "API key"). */
export function secretNoun(name: string): SecretNoun {
  const n = camelToSnake(name).toLowerCase();
  if (isPasswordName(n)) return 'password';
  if (/private[_-]?key/.test(n)) return 'private key';
  if (/connection|dsn|database/.test(n)) return 'connection string';
  if (/api[_-]?key|apikey|(^|_)key$|access[_-]?key/.test(n)) return 'API key';
  if (/token|bearer|auth|(^|_)pat$/.test(n)) return 'token';
  if (/credential/.test(n)) return 'credential';
  return 'secret';
}

/** `tavilyApiKey` -> `tavily_api_key`; `X-API-Key` -> `x_api_key`. */
export function camelToSnake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[-\s.]+/g, '_').toLowerCase();
}

/** Flags that take a secret value: `--api-key`, `--token`, `--access-token`, `--password`, `-p` is not one. */
export function isSecretFlag(flag: string): boolean {
  const bare = flag.replace(/^-{1,2}/, '');
  if (bare.length <= 1) return false;
  return isSecretName(bare);
}
