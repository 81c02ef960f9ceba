#!/bin/sh
set -eu
# CockroachDB certificates and the Kubernetes secrets that carry them.
# Run on a trusted machine with cockroach and kubectl; keep my-safe-directory/ca.key offline afterwards.
# Kubernetes contexts are assumed to be named after each region's cluster name in the plan.

mkdir -p certs my-safe-directory
# One CA for every region (CockroachDB multi-cluster guide).
cockroach cert create-ca --certs-dir=certs --ca-key=my-safe-directory/ca.key
# Client certificate for Teleport's SQL user: client.teleport.crt and client.teleport.key.
cockroach cert create-client teleport --certs-dir=certs --ca-key=my-safe-directory/ca.key
# Client certificate for root, used by operators and the chart's init job.
cockroach cert create-client root --certs-dir=certs --ca-key=my-safe-directory/ca.key

# CockroachDB region aws:us-east-1: node certificate for this namespace, then the chart's secrets.
cockroach cert create-node localhost 127.0.0.1 cockroachdb-public cockroachdb-public.us-east-1 cockroachdb-public.us-east-1.svc.cluster.local cockroachdb-us-east-1a-public cockroachdb-us-east-1a-public.us-east-1 cockroachdb-us-east-1a-public.us-east-1.svc.cluster.local '*.cockroachdb-us-east-1a' '*.cockroachdb-us-east-1a.us-east-1' '*.cockroachdb-us-east-1a.us-east-1.svc.cluster.local' cockroachdb-us-east-1b-public cockroachdb-us-east-1b-public.us-east-1 cockroachdb-us-east-1b-public.us-east-1.svc.cluster.local '*.cockroachdb-us-east-1b' '*.cockroachdb-us-east-1b.us-east-1' '*.cockroachdb-us-east-1b.us-east-1.svc.cluster.local' cockroachdb-us-east-1c-public cockroachdb-us-east-1c-public.us-east-1 cockroachdb-us-east-1c-public.us-east-1.svc.cluster.local '*.cockroachdb-us-east-1c' '*.cockroachdb-us-east-1c.us-east-1' '*.cockroachdb-us-east-1c.us-east-1.svc.cluster.local' --certs-dir=certs --ca-key=my-safe-directory/ca.key
kubectl create secret generic cockroachdb-node --namespace=us-east-1 --context=teleport-us-east-1 --from-file=ca.crt=certs/ca.crt --from-file=node.crt=certs/node.crt --from-file=node.key=certs/node.key
kubectl create secret generic cockroachdb-root --namespace=us-east-1 --context=teleport-us-east-1 --from-file=ca.crt=certs/ca.crt --from-file=client.root.crt=certs/client.root.crt --from-file=client.root.key=certs/client.root.key
# The next region gets its own node certificate.
rm certs/node.crt certs/node.key

# CockroachDB region aws:us-east-2: node certificate for this namespace, then the chart's secrets.
cockroach cert create-node localhost 127.0.0.1 cockroachdb-public cockroachdb-public.us-east-2 cockroachdb-public.us-east-2.svc.cluster.local cockroachdb-us-east-2a-public cockroachdb-us-east-2a-public.us-east-2 cockroachdb-us-east-2a-public.us-east-2.svc.cluster.local '*.cockroachdb-us-east-2a' '*.cockroachdb-us-east-2a.us-east-2' '*.cockroachdb-us-east-2a.us-east-2.svc.cluster.local' cockroachdb-us-east-2b-public cockroachdb-us-east-2b-public.us-east-2 cockroachdb-us-east-2b-public.us-east-2.svc.cluster.local '*.cockroachdb-us-east-2b' '*.cockroachdb-us-east-2b.us-east-2' '*.cockroachdb-us-east-2b.us-east-2.svc.cluster.local' cockroachdb-us-east-2c-public cockroachdb-us-east-2c-public.us-east-2 cockroachdb-us-east-2c-public.us-east-2.svc.cluster.local '*.cockroachdb-us-east-2c' '*.cockroachdb-us-east-2c.us-east-2' '*.cockroachdb-us-east-2c.us-east-2.svc.cluster.local' --certs-dir=certs --ca-key=my-safe-directory/ca.key
kubectl create secret generic cockroachdb-node --namespace=us-east-2 --context=teleport-us-east-2 --from-file=ca.crt=certs/ca.crt --from-file=node.crt=certs/node.crt --from-file=node.key=certs/node.key
kubectl create secret generic cockroachdb-root --namespace=us-east-2 --context=teleport-us-east-2 --from-file=ca.crt=certs/ca.crt --from-file=client.root.crt=certs/client.root.crt --from-file=client.root.key=certs/client.root.key
# The next region gets its own node certificate.
rm certs/node.crt certs/node.key

# CockroachDB region aws:us-west-2: node certificate for this namespace, then the chart's secrets.
cockroach cert create-node localhost 127.0.0.1 cockroachdb-public cockroachdb-public.us-west-2 cockroachdb-public.us-west-2.svc.cluster.local cockroachdb-us-west-2a-public cockroachdb-us-west-2a-public.us-west-2 cockroachdb-us-west-2a-public.us-west-2.svc.cluster.local '*.cockroachdb-us-west-2a' '*.cockroachdb-us-west-2a.us-west-2' '*.cockroachdb-us-west-2a.us-west-2.svc.cluster.local' cockroachdb-us-west-2b-public cockroachdb-us-west-2b-public.us-west-2 cockroachdb-us-west-2b-public.us-west-2.svc.cluster.local '*.cockroachdb-us-west-2b' '*.cockroachdb-us-west-2b.us-west-2' '*.cockroachdb-us-west-2b.us-west-2.svc.cluster.local' cockroachdb-us-west-2c-public cockroachdb-us-west-2c-public.us-west-2 cockroachdb-us-west-2c-public.us-west-2.svc.cluster.local '*.cockroachdb-us-west-2c' '*.cockroachdb-us-west-2c.us-west-2' '*.cockroachdb-us-west-2c.us-west-2.svc.cluster.local' --certs-dir=certs --ca-key=my-safe-directory/ca.key
kubectl create secret generic cockroachdb-node --namespace=us-west-2 --context=teleport-us-west-2 --from-file=ca.crt=certs/ca.crt --from-file=node.crt=certs/node.crt --from-file=node.key=certs/node.key
kubectl create secret generic cockroachdb-root --namespace=us-west-2 --context=teleport-us-west-2 --from-file=ca.crt=certs/ca.crt --from-file=client.root.crt=certs/client.root.crt --from-file=client.root.key=certs/client.root.key
# The next region gets its own node certificate.
rm certs/node.crt certs/node.key

# Teleport region aws:us-east-1: the secret the Auth pods mount at /var/lib/db-certs.
kubectl create secret generic cockroach-certs --namespace=teleport --context=teleport-us-east-1 --from-file=ca.crt=certs/ca.crt --from-file=client.teleport.crt=certs/client.teleport.crt --from-file=client.teleport.key=certs/client.teleport.key

# Teleport region aws:us-east-2: the secret the Auth pods mount at /var/lib/db-certs.
kubectl create secret generic cockroach-certs --namespace=teleport --context=teleport-us-east-2 --from-file=ca.crt=certs/ca.crt --from-file=client.teleport.crt=certs/client.teleport.crt --from-file=client.teleport.key=certs/client.teleport.key

# Teleport region aws:us-west-2: the secret the Auth pods mount at /var/lib/db-certs.
kubectl create secret generic cockroach-certs --namespace=teleport --context=teleport-us-west-2 --from-file=ca.crt=certs/ca.crt --from-file=client.teleport.crt=certs/client.teleport.crt --from-file=client.teleport.key=certs/client.teleport.key
