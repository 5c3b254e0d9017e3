//! Full TLS 1.3 handshakes in memory (no sockets, no resumption), client and server
//! with the same crypto provider; prints handshakes per second for each server key.
use std::sync::Arc;
use std::time::Instant;

use rustls::client::Resumption;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use rustls::{
    ClientConfig, ClientConnection, Connection, RootCertStore, ServerConfig, ServerConnection,
};

#[cfg(all(feature = "aws-lc-rs", not(feature = "ring")))]
const NAME: &str = "aws-lc-rs";
#[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
const NAME: &str = "ring";

fn provider() -> CryptoProvider {
    #[cfg(all(feature = "aws-lc-rs", not(feature = "ring")))]
    return rustls::crypto::aws_lc_rs::default_provider();
    #[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
    return rustls::crypto::ring::default_provider();
}

fn pair(dir: &str, key: &str) -> (Arc<ClientConfig>, Arc<ServerConfig>) {
    let read = |name: &str| std::fs::read(format!("{dir}/{name}")).expect(name);
    let ca = CertificateDer::from_pem_slice(&read(&format!("ca-{key}.pem"))).unwrap();
    let chain = vec![CertificateDer::from_pem_slice(&read(&format!("server-{key}.pem"))).unwrap()];
    let private = PrivateKeyDer::from_pem_slice(&read(&format!("server-{key}.key"))).unwrap();
    let provider = Arc::new(provider());
    let mut roots = RootCertStore::empty();
    roots.add(ca).unwrap();
    let mut client = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    client.resumption = Resumption::disabled();
    let server = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, private)
        .unwrap();
    (Arc::new(client), Arc::new(server))
}

fn transfer(from: &mut Connection, to: &mut Connection) {
    let mut buf = Vec::new();
    while from.wants_write() {
        from.write_tls(&mut buf).unwrap();
    }
    let mut rest = &buf[..];
    while !rest.is_empty() {
        to.read_tls(&mut rest).unwrap();
        to.process_new_packets().unwrap();
    }
}

fn handshake(client: &Arc<ClientConfig>, server: &Arc<ServerConfig>) {
    let name = ServerName::try_from("localhost").unwrap();
    let mut c = Connection::from(ClientConnection::new(client.clone(), name).unwrap());
    let mut s = Connection::from(ServerConnection::new(server.clone()).unwrap());
    while c.is_handshaking() || s.is_handshaking() {
        transfer(&mut c, &mut s);
        transfer(&mut s, &mut c);
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: tls-providers CERT_DIR [N]");
    let n: u32 = std::env::args().nth(2).map_or(2000, |v| v.parse().unwrap());
    for key in ["ecdsa-p256", "rsa-2048"] {
        let (client, server) = pair(&dir, key);
        for _ in 0..n / 10 {
            handshake(&client, &server);
        }
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            for _ in 0..n {
                handshake(&client, &server);
            }
            best = best.min(start.elapsed().as_secs_f64() / f64::from(n));
        }
        println!(
            "{NAME:9} {key:10} {:8.1} us/handshake {:7.0} handshakes/s (best of 5 x {n})",
            best * 1e6,
            1.0 / best
        );
    }
}
