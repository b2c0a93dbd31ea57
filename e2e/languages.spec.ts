import type { Browser, Page } from '@playwright/test';
import { expect, openAs, signInWithPassword, test } from './fixtures';

// A French short month, as "27 nov. 2026" writes it.
const frenchDate = /\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}/;

interface Person {
  email: string;
  password: string;
  name: string;
  negotiation: { id: string; title: string };
}

/**
 * A negotiation and a facilitator of their own (the shared demo accounts must stay in English for the other specs):
 * set up by the administrator, the invitation spent through the API.
 */
async function setUpPerson(browser: Browser): Promise<Person> {
  const stamp = Date.now().toString(36);
  const admin = await openAs(browser, 'admin');
  const title = `Langues ${stamp}`;
  const created = await admin.request.post('/api/admin/negotiations', {
    data: { title, startsOn: '2026-03-09', endsOn: '2026-03-13', status: 'open' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const person = { email: `langues-${stamp}@example.org`, password: `correct horse battery ${stamp}`, name: 'Claire Dubois' };
  const invited = await admin.request.post(`/api/negotiations/${id}/invitations`, {
    data: { email: person.email, name: person.name, delegationCode: 'EU', role: 'facilitator' },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { invitationLink } = (await invited.json()) as { invitationLink: string };
  const token = new URL(invitationLink).pathname.split('/').pop();
  const accepted = await admin.request.post('/api/invitations/accept', { data: { token, password: person.password } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return { ...person, negotiation: { id, title } };
}

async function newPage(browser: Browser, locale?: string): Promise<Page> {
  return (await browser.newContext(locale ? { locale } : {})).newPage();
}

test('a person chooses Français: the shell, home, negotiation and notifications pages follow, and it is remembered', async ({
  browser,
}) => {
  const person = await setUpPerson(browser);
  const page = await newPage(browser);
  await signInWithPassword(page, person.email, person.password);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const drafted = await page.request.post('/api/drafts', {
    data: { title: `Projet ${person.negotiation.title}`, negotiationId: person.negotiation.id },
  });
  expect(drafted.status(), await drafted.text()).toBe(201);

  await page.getByLabel('Language / Langue / Idioma').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bienvenue, ${person.name}`);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' })).toBeVisible();
  const negotiation = page
    .getByTestId('negotiation')
    .filter({ has: page.getByRole('link', { name: person.negotiation.title, exact: true }) });
  await expect(negotiation).toContainText('ouverte');
  await expect(negotiation).toContainText('votre rôle : facilitateur');
  await expect(negotiation.getByTestId('changes-since-visit')).toContainText('Pas encore consultée');
  await expect(page.getByRole('region', { name: 'Projets' })).toContainText(frenchDate);

  await page.goto(`/negotiations/${person.negotiation.id}`);
  await expect(page.getByTestId('negotiation-role')).toContainText('facilitateur');
  await expect(page.getByText('du 9 mars 2026 au 13 mars 2026')).toBeVisible();
  await expect(page.getByText('Fuseau horaire')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Projets' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Mis à jour' })).toBeVisible();
  await expect(page.getByTestId('draft-row').first().getByRole('cell').nth(2)).toHaveText(frenchDate);

  // A refusal from a management form, in French with the server's values in it.
  await page.getByRole('link', { name: 'Gérer la liste des participants et le statut' }).click();
  const addForm = page.locator('form', { has: page.getByRole('button', { name: 'Ajouter à la liste' }) });
  await addForm.getByLabel('Adresse électronique').fill(`personne-${person.email}`);
  await addForm.getByRole('button', { name: 'Ajouter à la liste' }).click();
  await expect(addForm.getByRole('alert')).toHaveText(
    `Personne n’a de compte à l’adresse personne-${person.email} : invitez plutôt cette personne.`,
  );

  await page.goto('/notifications');
  await expect(page.getByTestId('notification-unread')).toHaveText('Aucune notification non lue.');
  await expect(page.getByRole('button', { name: 'Tout marquer comme lu' })).toBeDisabled();

  // A refusal carries a code and a reason the browser translates; the English sentence stays for scripts.
  const refused = await page.request.put('/api/me/locale', { data: { locale: 'de' } });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({
    code: 'invalid-input',
    reason: 'unknown-locale',
    error: expect.stringContaining('en, fr, es'),
  });

  // Signed out, this browser's cookie keeps the sign-in page in French, and its refusal too.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Se connecter à Zero Draft' })).toBeVisible();
  await page.getByLabel('Adresse électronique').fill(person.email);
  await page.getByLabel('Mot de passe').fill('not the password');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText(
    'Adresse électronique ou mot de passe incorrect. Vérifiez-les et réessayez.',
  );
  await page.getByLabel('Mot de passe').fill(person.password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bienvenue, ${person.name}`);

  // Another browser, without the cookie and asking for English: the person's choice still wins once signed in.
  const elsewhere = await newPage(browser, 'en-US');
  await signInWithPassword(elsewhere, person.email, person.password);
  await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(elsewhere.getByRole('heading', { name: 'Vos négociations' })).toBeVisible();

  // Spanish, spot check.
  await elsewhere.getByLabel('Language / Langue / Idioma').selectOption('es');
  await expect(elsewhere.getByRole('heading', { name: 'Sus negociaciones' })).toBeVisible();
  await expect(elsewhere.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
});

test('a signed-out browser asking for French gets the sign-in page in French; English stays the default', async ({ browser }) => {
  const french = await newPage(browser, 'fr-FR');
  await french.goto('/signin');
  await expect(french.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(french.getByRole('heading', { name: 'Se connecter à Zero Draft' })).toBeVisible();

  const german = await newPage(browser, 'de-DE');
  await german.goto('/signin');
  await expect(german.getByRole('heading', { name: 'Sign in to Zero Draft' })).toBeVisible();
  // Chosen here while signed out: remembered by this browser alone.
  await german.getByLabel('Language / Langue / Idioma').selectOption('es');
  await expect(german.getByRole('heading', { name: 'Iniciar sesión en Zero Draft' })).toBeVisible();
  await german.reload();
  await expect(german.getByLabel('Correo electrónico')).toBeVisible();
});
