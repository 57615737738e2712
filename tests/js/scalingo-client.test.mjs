// Scalingo's own JavaScript client (npm package "scalingo") against billdeck-demo-server:
// if the provider's client can exchange a token, read and update the billing profile and
// page through billing operations and invoices, the demo speaks the real API and not our
// idea of it. Run by CTest with BILLDECK_DEMO_SERVER set to the server binary.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { after, before, test } from "node:test";

import { Client, clientFromToken } from "scalingo";

const serverPath = process.env.BILLDECK_DEMO_SERVER;

let server;
let baseUrl;
let apiToken;
let client;

// Starts the server on a random port and reads its startup lines: the first gives the base
// URL, the Scalingo line the API token it accepts.
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(serverPath, ["--port", "0", "--reference-date", "2025-11-14"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const timer = setTimeout(() => reject(new Error("no startup line within 10 s")), 10000);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited early with code ${code}`)));
    let url;
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const listening = /listening on (http:\/\/\S+)/.exec(line);
      if (listening) url = listening[1];
      const scalingo = /^Scalingo: .*URL (http:\/\/\S+), API token: (\S+)/.exec(line);
      if (scalingo && url) {
        clearTimeout(timer);
        resolve({ child, url, token: scalingo[2] });
      }
    });
  });
}

function options() {
  return { apiUrl: baseUrl, authApiUrl: baseUrl, billingApiUrl: baseUrl };
}

function jwtClaims(jwt) {
  const parts = jwt.split(".");
  assert.equal(parts.length, 3, "a JWT has three dot-separated parts");
  return JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
}

// Follows meta.pagination.next_page from page 1 until it is null, through the client's
// authenticated axios instance, like a caller of the real API would.
async function readAllPages(path, rootKey, previousKey, perPage) {
  const api = client.apiClient();
  const items = [];
  let page = 1;
  let pages = 0;
  let totalCount;
  while (page !== null) {
    const query = perPage ? `page=${page}&per_page=${perPage}` : `page=${page}`;
    const response = await api.get(`${path}?${query}`);
    assert.equal(response.status, 200);
    const body = response.data;
    assert.ok(Array.isArray(body[rootKey]), `root key "${rootKey}" holds an array`);
    const pagination = body.meta.pagination;
    assert.equal(pagination.current_page, page);
    assert.ok(previousKey in pagination, `pagination spells the previous page "${previousKey}"`);
    assert.equal(pagination[previousKey], page === 1 ? null : page - 1);
    totalCount = pagination.total_count;
    items.push(...body[rootKey]);
    pages += 1;
    assert.ok(pages <= pagination.total_pages, "next_page stops at total_pages");
    page = pagination.next_page;
  }
  assert.equal(items.length, totalCount, "every page read gives total_count items");
  return { items, pages };
}

before(async () => {
  assert.ok(serverPath, "BILLDECK_DEMO_SERVER must name the billdeck-demo-server binary");
  const started = await startServer();
  server = started.child;
  baseUrl = started.url;
  apiToken = started.token;
  client = await clientFromToken(apiToken, options());
});

after(() => {
  if (server) {
    server.removeAllListeners("exit");
    server.kill("SIGTERM");
  }
});

test("exchanges the API token for a JWT valid about an hour", () => {
  const claims = jwtClaims(client._token);
  const now = Math.floor(Date.now() / 1000);
  assert.equal(typeof claims.exp, "number");
  assert.ok(Math.abs(claims.exp - (now + 3600)) <= 60, `exp ${claims.exp} is about now + 1 h`);
  assert.ok(claims.iat <= now + 5);
  assert.match(claims.uid, /^us-/);
});

test("a wrong API token gets 401 with an error message", async () => {
  const anonymous = new Client("", options());
  await assert.rejects(anonymous.Tokens.exchange("tk-us-not-the-demo-token"), (error) => {
    assert.equal(error.status, 401);
    assert.equal(typeof error.data.error, "string");
    return true;
  });
});

test("API calls without a valid bearer token get 401", async () => {
  const forged = new Client("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjk5OTk5OTk5OTl9.c2lnbmF0dXJl", options());
  await assert.rejects(forged.apiClient().get("/account/invoices"), (error) => {
    assert.equal(error.response.status, 401);
    assert.equal(typeof error.response.data.error, "string");
    return true;
  });
});

test("reads the billing profile with Billing.profile()", async () => {
  const profile = await client.Billing.profile();
  assert.match(profile.id, /^[0-9a-f]{24}$/);
  assert.equal(typeof profile.name, "string");
  assert.equal(profile.payment_method, "stripe");
  assert.match(profile.stripe_payment_method.default_card_exp, /^(0[1-9]|1[0-2])\/\d{4}$/);
  assert.equal(profile.paypal_payment_method, null);
});

test("updates the billing profile with Billing.updateProfile() and sees the update", async () => {
  const before = await client.Billing.profile();
  const updated = await client.Billing.updateProfile(before.id, {
    name: "Alex Dupont",
    email: "accounts@shop-demo.example",
    address_line1: "3 quai Kléber",
    address_zip: "67000",
    address_city: "Strasbourg",
    address_country: "France",
    invoice_additional_info: "PO 2025-117",
  });
  assert.equal(updated.id, before.id);
  assert.equal(updated.name, "Alex Dupont");
  assert.equal(updated.address_line1, "3 quai Kléber");

  const reread = await client.Billing.profile();
  assert.equal(reread.email, "accounts@shop-demo.example");
  assert.equal(reread.invoice_additional_info, "PO 2025-117");
  // The regional API's billing_profile shows the same profile.
  const api = await client.apiClient().get("/account/billing/profile");
  assert.equal(api.data.billing_profile.name, "Alex Dupont");
  assert.equal(api.data.billing_profile.id, before.id);
});

test("invalid profile values get 422 with errors per field, and change nothing", async () => {
  const before = await client.Billing.profile();
  await assert.rejects(
    client.Billing.updateProfile(before.id, { name: "", email: "not-an-email" }),
    (error) => {
      assert.equal(error.status, 422);
      assert.ok(Array.isArray(error.data.errors.name));
      assert.ok(Array.isArray(error.data.errors.email));
      return true;
    },
  );
  const after = await client.Billing.profile();
  assert.deepEqual(after, before);
  // Creating a second profile is refused: the account has one.
  await assert.rejects(client.Billing.createProfile({ ...before, id: undefined }), (error) => {
    assert.equal(error.status, 409);
    return true;
  });
});

test("reads every page of billing operations", async () => {
  const { items, pages } = await readAllPages(
    "/account/billing/operations", "billing-operations", "previous_page");
  assert.ok(pages >= 2, "the default page size leaves more than one page");
  assert.equal(new Set(items.map((operation) => operation.id)).size, items.length);
  const invoicing = items.filter((operation) => operation.source === "invoicing");
  assert.equal(invoicing.length, 30, "one invoicing operation per month for 30 months");
  for (const operation of invoicing) {
    assert.match(operation.description, /^Invoice for [A-Z][a-z]+ \d{4}$/);
    assert.equal(typeof operation.invoice_id, "string");
    assert.equal(typeof operation.amount, "number");
  }
  const sources = new Set(items.map((operation) => operation.source));
  for (const source of ["invoicing", "payment", "credit", "refund"])
    assert.ok(sources.has(source), `has a ${source} operation`);
  const times = items.map((operation) => Date.parse(operation.created_at));
  assert.ok(times.every((time, i) => i === 0 || times[i - 1] >= time), "newest first");
});

test("reads every page of invoices, whose items and VAT add up", async () => {
  const { items: invoices, pages } = await readAllPages(
    "/account/invoices", "invoices", "prev_page", 7);
  assert.equal(pages, 5);
  assert.equal(invoices.length, 30);
  assert.equal(new Set(invoices.map((invoice) => invoice.billing_month)).size, 30);
  assert.equal(invoices[0].state, "new");
  assert.equal(invoices.filter((invoice) => invoice.state === "failed").length, 1);
  for (const invoice of invoices) {
    assert.ok(Number.isInteger(invoice.total_price));
    const itemsTotal = invoice.items.reduce((sum, item) => sum + item.price, 0);
    assert.equal(itemsTotal, invoice.total_price, `${invoice.invoice_number}: items add up`);
    const vat = Math.round((invoice.total_price * invoice.vat_rate) / 1000);
    assert.equal(invoice.total_price_with_vat, invoice.total_price + vat);
    assert.match(invoice.invoice_number, /^SC-\d{4}-\d{2}-\d{4}$/);
  }

  const download = await client.apiClient().get(`/account/invoices/${invoices[3].id}/download`, {
    responseType: "arraybuffer",
  });
  assert.equal(download.status, 200, "the 302 to the PDF is followed");
  assert.equal(Buffer.from(download.data).subarray(0, 5).toString("latin1"), "%PDF-");
});

test("over 60 requests in a minute get 429 Retry later", async () => {
  const api = client.apiClient();
  let throttled;
  for (let i = 0; i < 61 && !throttled; i += 1) {
    try {
      await api.get("/account/billing/profile");
    } catch (error) {
      throttled = error.response;
    }
  }
  assert.ok(throttled, "the 61st request of the minute is refused at the latest");
  assert.equal(throttled.status, 429);
  assert.match(throttled.headers["content-type"], /^text\/plain/);
  assert.equal(String(throttled.data).trim(), "Retry later");
});
