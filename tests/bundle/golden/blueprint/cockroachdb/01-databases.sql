-- Teleport databases and SQL user (Teleport Multi-region Blueprint, Teleport backend configuration).
-- Run once, as an admin, from any CockroachDB node: cockroach sql --certs-dir=certs < 01-databases.sql

-- Databases
CREATE DATABASE "teleport_backend";
CREATE DATABASE "teleport_audit";

-- The teleport user authenticates with its client certificate (certificates.sh).
CREATE USER "teleport";

-- Teleport creates its own tables.
GRANT CREATE ON DATABASE "teleport_backend" TO "teleport";
GRANT CREATE ON DATABASE "teleport_audit" TO "teleport";

-- Teleport's change feed needs rangefeeds (off by default; about 5-10% more write latency, CockroachDB docs).
SET CLUSTER SETTING kv.rangefeed.enabled = true;
