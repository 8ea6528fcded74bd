-- Issue 12 item 4: rate-limiter-flexible's PostgreSQL store (lib/rate-limit). Its own layout:
-- key (limit name and subject), points used, expiry in milliseconds since the epoch.
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);
