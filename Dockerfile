# syntax=docker/dockerfile:1
#
# OrganizeCRM production image.
#   docker build -t organizecrm .
#   docker run -e DATABASE_URL=postgres://… -e PAYLOAD_SECRET=$(openssl rand -hex 32) -p 3000:3000 organizecrm
#
# On every start the container runs scripts/migrate.ts: the committed migrations, then the reference
# data (roles, workflows, nomenclators, settings defaults, a ticket type; idempotent), then serves
# Next's standalone server. The first visit to /admin creates the administrator. It never loads demo
# data: that is an explicit command (`npx tsx src/seed/cli.ts --demo`, see README). The image keeps
# the production node_modules and the sources because the migrations and the seed load
# payload.config.ts through tsx.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- dependencies: cached until package.json / package-lock.json change -------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
# npm ci's postinstall applies them (patch-package, then the UI bundle's fix): Payload's fixes we
# cannot wait for.
COPY patches ./patches
COPY scripts/patchPayloadUi.mjs scripts/payloadUiTexts.mjs ./scripts/
RUN npm ci --no-audit --no-fund

# --- build: next build (standalone output), then drop the dev dependencies ----------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NPM_CONFIG_UPDATE_NOTIFIER=false
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next build needs neither a database nor PAYLOAD_SECRET (src/lib/env.ts skips both checks in the
# build phase). The standalone server expects its static files beside it.
RUN NEXT_OUTPUT=standalone npm run build \
 && cp -r .next/static .next/standalone/.next/static \
 && if [ -d public ]; then cp -r public .next/standalone/public; fi \
 && rm -rf .next/cache \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# Same WORKDIR as the build stage: paths resolved at build time stay valid.
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    UPLOADS_DIR=/data/uploads \
    NODE_OPTIONS=--no-deprecation \
    NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# The application files stay owned by root (read-only for the app); only the uploads are writable.
# UPLOADS_DIR must be absolute here: the standalone server changes its working directory.
COPY --from=build /app ./
RUN mkdir -p /data/uploads && chown node:node /data/uploads
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations + reference data first (a failure stops the container); `exec` hands PID 1 to the
# server, which shuts down cleanly on SIGTERM.
CMD ["sh", "-c", "npx tsx scripts/migrate.ts && exec node .next/standalone/server.js"]
