import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { extractFromBcc, findOrderNumber } from './bcc-parser.js';
import { readStructuredOrder } from './structured-data.js';

describe('order numbers in order-confirmation subjects and bodies', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Order #1001 confirmed', '1001', null],
    ['Your order nr 1001 has shipped', '1001', null],
    ['Thanks! Order number: A-10442', 'A-10442', null],
    ['Potwierdzenie zamówienia nr 1001', '1001', 'pl'],
    ['Zamówienie nr 2024/11/05 przyjęte', '2024/11/05', 'pl'],
    ['Objednávka č. 1001 byla přijata', '1001', 'cs'],
    ['Potvrzení objednávky č. 77-A', '77-A', 'cs'],
    ['Bestellung Nr. 1001', '1001', 'de'],
    ['Ihre Bestellnummer: 55012', '55012', 'de'],
    ['Beställning nr 1001 är skickad', '1001', 'sv'],
    ['Orderbekräftelse – ordernummer 90210', '90210', 'sv'],
    ['Dein Paket #7731 ist unterwegs', '7731', null],
  ];
  for (const [subject, number, locale] of cases) {
    it(`finds ${number} in "${subject}"`, () => {
      expect(findOrderNumber(subject)).toEqual({ orderNumber: number, locale });
    });
  }

  it('finds nothing where there is no number', () => {
    expect(findOrderNumber('Your order has shipped')).toBeUndefined();
    expect(findOrderNumber('Zamówienie zostało wysłane')).toBeUndefined();
  });
});

describe('structured data in the confirmation', () => {
  it('reads a schema.org Order in JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"Order","orderNumber":"SO-881",
       "customer":{"@type":"Person","name":"Jan Novák","email":"jan@example.cz"},
       "acceptedOffer":[{"@type":"Offer","itemOffered":{"@type":"Product","name":"Hrnek","sku":"MUG-1","gtin13":"5901234123457"}}]}
    </script></head><body>Hi</body></html>`;
    expect(readStructuredOrder(html)).toEqual({
      orderNumber: 'SO-881',
      name: 'Jan Novák',
      email: 'jan@example.cz',
      products: [{ title: 'Hrnek', sku: 'MUG-1', gtin: '5901234123457', productUrl: null, imageUrl: null }],
    });
  });

  it('reads schema.org Order microdata', () => {
    const html = `<div itemscope itemtype="http://schema.org/Order">
      Order <span itemprop="orderNumber">MD-42</span>
      <div itemprop="customer" itemscope itemtype="http://schema.org/Person">
        <span itemprop="name">Eva Svensson</span> <a itemprop="email" href="mailto:eva@example.se">eva@example.se</a>
      </div></div>`;
    expect(readStructuredOrder(html)).toMatchObject({
      orderNumber: 'MD-42',
      name: 'Eva Svensson',
      email: 'eva@example.se',
    });
  });

  it("reads Trustpilot's AFS snippet, and skips broken JSON without failing", () => {
    const html = `<script type="application/ld+json">{ not json</script>
      <script type="application/json+trustpilot">{"recipientEmail":"tp@example.org","recipientName":"T P","referenceId":"TP-9","locale":"de-DE"}</script>`;
    expect(readStructuredOrder(html)).toMatchObject({
      email: 'tp@example.org',
      name: 'T P',
      orderNumber: 'TP-9',
      locale: 'de-DE',
    });
  });
});

describe('extracting the invitation from a BCC copy', () => {
  const own = (address: string) => address.startsWith('reviews-');

  it('takes the customer from To (not our BCC address) and the order from the subject', async () => {
    const mail = await simpleParser(
      'From: shop@example.com\r\nTo: "Ana Novak" <ana@example.org>, reviews-abc@trustloop.test\r\nSubject: Order #A-10442 has shipped\r\n\r\nThanks',
    );
    expect(extractFromBcc(mail, own)).toEqual({
      ok: true,
      email: 'ana@example.org',
      name: 'Ana Novak',
      orderNumber: 'A-10442',
      locale: null,
      products: [],
    });
  });

  it('structured data wins over the headers', async () => {
    const mail = await simpleParser(
      'To: wrong@example.org\r\nSubject: Order #1\r\nContent-Type: text/html\r\n\r\n<script type="application/ld+json">{"@type":"Order","orderNumber":"77","customer":{"email":"right@example.org"}}</script>',
    );
    expect(extractFromBcc(mail, own)).toMatchObject({
      ok: true,
      email: 'right@example.org',
      orderNumber: '77',
    });
  });

  it('says why when it cannot be used', async () => {
    const noNumber = await simpleParser('To: a@example.org\r\nSubject: Hello\r\n\r\nNo number here');
    expect(extractFromBcc(noNumber, own)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no order number'),
    });
    const noTo = await simpleParser('Subject: Order #5\r\n\r\nbody');
    expect(extractFromBcc(noTo, own)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no customer email'),
    });
  });
});
