#!/usr/bin/env bash
# Makes throwaway test certificates (a CA and a localhost server cert, ECDSA P-256 and
# RSA 2048) into DIR with the openssl command line.
set -euo pipefail
dir=${1:?usage: certs.sh DIR}
mkdir -p "$dir" && cd "$dir"
for key in ecdsa-p256 rsa-2048; do
    case $key in
        ecdsa-p256) alg=(-newkey ec -pkeyopt ec_paramgen_curve:P-256) ;;
        rsa-2048) alg=(-newkey rsa:2048) ;;
    esac
    openssl req -x509 "${alg[@]}" -nodes -keyout "ca-$key.key" -out "ca-$key.pem" -days 30 \
        -subj "/CN=bench CA" -addext basicConstraints=critical,CA:TRUE 2>/dev/null
    openssl req "${alg[@]}" -nodes -keyout "server-$key.key" -out "server-$key.csr" \
        -subj "/CN=localhost" 2>/dev/null
    openssl x509 -req -in "server-$key.csr" -CA "ca-$key.pem" -CAkey "ca-$key.key" \
        -CAcreateserial -out "server-$key.pem" -days 30 \
        -extfile <(printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n') 2>/dev/null
done
