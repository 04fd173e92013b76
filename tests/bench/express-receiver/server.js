// Minimal Zoom webhook receiver on Express: the reference point for bench_receiver. It does the
// same checks as Syncdesk's WebhookReceiver so the comparison is like for like:
//   - HMAC-SHA256 over the raw body bytes ("v0:" + x-zm-request-timestamp + ":" + body), compared
//     in constant time (not over JSON.stringify(req.body), which only matches compact JSON);
//   - timestamp within a tolerance (default 300 s);
//   - the body must be a JSON object; endpoint.url_validation is answered with
//     {"plainToken","encryptedToken"}; every other event gets 204.
// Environment: PORT (0 = any free port; the chosen one is printed as "listening <port>"),
// ZOOM_WEBHOOK_SECRET_TOKEN, TOLERANCE_SEC, WEBHOOK_PATH (default /webhook).
'use strict';

const crypto = require('crypto');
const express = require('express');

const secret = process.env.ZOOM_WEBHOOK_SECRET_TOKEN || 'bench-secret-token-0123456789';
const toleranceSec = Number(process.env.TOLERANCE_SEC || 300);
const port = Number(process.env.PORT || 0);
const path = process.env.WEBHOOK_PATH || '/webhook';
const signatureFormat = /^v0=[0-9a-fA-F]{64}$/;
const timestampFormat = /^[0-9]+$/;

const app = express();
app.disable('x-powered-by');
app.disable('etag');

function reject(res, status, error) {
  res.status(status).json({ error });
}

app.post(path, express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const signature = req.get('x-zm-signature');
  const timestamp = req.get('x-zm-request-timestamp');
  if (!signature) return reject(res, 401, 'missing_signature');
  if (!timestamp) return reject(res, 401, 'missing_timestamp');
  if (!timestampFormat.test(timestamp)) return reject(res, 401, 'malformed_timestamp');
  if (!signatureFormat.test(signature)) return reject(res, 401, 'malformed_signature');

  const expected = 'v0=' + crypto.createHmac('sha256', secret)
    .update('v0:' + timestamp + ':').update(body).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature.toLowerCase()))) {
    return reject(res, 401, 'bad_signature');
  }
  if (toleranceSec > 0 && Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSec) {
    return reject(res, 401, 'stale_timestamp');
  }

  let event;
  try {
    event = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return reject(res, 400, 'not_json');
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return reject(res, 400, 'not_json');

  if (event.event === 'endpoint.url_validation') {
    const plainToken = event.payload && event.payload.plainToken;
    if (typeof plainToken !== 'string' || plainToken === '') return reject(res, 400, 'not_json');
    const encryptedToken = crypto.createHmac('sha256', secret).update(plainToken).digest('hex');
    return res.status(200).json({ plainToken, encryptedToken });
  }
  res.status(204).end();
});

const server = app.listen(port, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
server.keepAliveTimeout = 30000;
server.headersTimeout = 31000;

process.on('SIGTERM', () => server.close(() => process.exit(0)));
