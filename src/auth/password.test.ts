// Password hashing: scrypt parameters travel with the hash, and only the right password verifies.
import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, UNUSABLE_HASH, verifyPassword } from '#src/auth/password.ts';

describe('password hashing', () => {
  it('stores the scrypt parameters and a random salt in the hash', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('reads the cost parameters from the stored hash, so they can be raised later', async () => {
    const hash = await hashPassword('correct horse battery');
    const weaker = hash.replace('ln=15', 'ln=14');
    // Same salt and key but N halved: verification must derive with N from the string, and then it differs.
    expect(await verifyPassword('correct horse battery', weaker)).toBe(false);
  });

  it('treats malformed stored hashes and the unusable hash as matching nothing', async () => {
    expect(await verifyPassword('anything at all', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('anything at all', '$scrypt$ln=15,r=8,p=1$c2FsdA$')).toBe(false);
    expect(await verifyPassword('', UNUSABLE_HASH)).toBe(false);
  });

  it('generates passwords long enough for the minimum length', () => {
    const password = generatePassword();
    expect(password).toHaveLength(20);
    expect(generatePassword()).not.toBe(password);
  });
});
