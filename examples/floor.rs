//! The benchmark floor: the same requests and the same parsing as the Python client,
//! driven straight from Rust on the same runtime, so no Python cost is counted.
//!
//!     cargo run --release --example floor -- W1 http://127.0.0.1:PORT 5000
//!
//! prints one JSON line `{"seconds": ..., "peak_rss_kb": ...}` like `benches/competitors.py`.

use std::sync::Arc;
use std::time::Instant;

use clickhouse_cloud::core::{Client, Config, ConfigInput, Error};
use uuid::Uuid;

// The sandbox's demo data (`clickhouse_cloud.testing._demo`).
const ORG: &str = "5f0a8b6e-3d1c-4b9a-8e7f-2c4d6e8f0a1b";
const SERVICE: &str = "9b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e";
const BULK_SERVICE: &str = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
const BACKUP: &str = "d2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";
const CONCURRENCY: usize = 64;
const THREADS: usize = 8;

struct Ids {
    org: Uuid,
    service: Uuid,
    bulk: Uuid,
    backup: Uuid,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [workload, url, n] = args.as_slice() else {
        return Err("usage: floor W1|W2|W2-N|W3|W5 URL N".into());
    };
    let n: usize = n.parse()?;
    let ids = Arc::new(Ids {
        org: ORG.parse()?,
        service: SERVICE.parse()?,
        bulk: BULK_SERVICE.parse()?,
        backup: BACKUP.parse()?,
    });
    // W2 at 64 concurrent calls; W2-256 and W2-1 name their own. As every competitor,
    // the client may open a connection per concurrent call.
    let concurrency: usize = match workload.strip_prefix("W2-") {
        Some(c) => c.parse()?,
        None => CONCURRENCY,
    };
    let client = Arc::new(Client::new(Config::resolve(ConfigInput {
        key_id: Some("sandbox-key-id".into()),
        key_secret: Some("sandbox-key-secret".into()),
        base_url: Some(url.clone()),
        max_connections: Some(Some(i64::try_from(concurrency)?)),
        ..ConfigInput::default()
    })?)?);
    let runtime = clickhouse_cloud::core::runtime::handle()?;
    // One warm-up call opens the connection, as the Python competitors' first call does.
    runtime.block_on(get(&client, &ids))?;
    let start = Instant::now();
    match workload.as_str() {
        "W1" => runtime.block_on(sequential(client, ids, n))?,
        "W3" => runtime.block_on(async {
            for _ in 0..n {
                let list = client.list_backups(&ids.org, &ids.bulk).await?;
                std::hint::black_box(list);
            }
            Ok::<(), Error>(())
        })?,
        w2 if w2.starts_with("W2") => runtime.block_on(async {
            let mut tasks = tokio::task::JoinSet::new();
            for worker in 0..concurrency {
                let share = n / concurrency + usize::from(worker < n % concurrency);
                tasks.spawn(sequential(client.clone(), ids.clone(), share));
            }
            while let Some(done) = tasks.join_next().await {
                done??;
            }
            Ok::<(), Box<dyn std::error::Error>>(())
        })?,
        "W5" => std::thread::scope(|scope| {
            let workers: Vec<_> = (0..THREADS)
                .map(|worker| {
                    let share = n / THREADS + usize::from(worker < n % THREADS);
                    let (client, ids, runtime) = (client.clone(), ids.clone(), runtime.clone());
                    scope.spawn(move || runtime.block_on(sequential(client, ids, share)))
                })
                .collect();
            workers
                .into_iter()
                .try_for_each(|w| -> Result<(), Box<dyn std::error::Error>> {
                    w.join().map_err(|_| "a worker panicked")??;
                    Ok(())
                })
        })?,
        other => return Err(format!("unknown workload {other}").into()),
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{{\"seconds\": {seconds}, \"peak_rss_kb\": {}}}",
        peak_rss_kb().unwrap_or(0)
    );
    Ok(())
}

async fn get(client: &Client, ids: &Ids) -> Result<(), Error> {
    let backup = client
        .get_backup(&ids.org, &ids.service, &ids.backup)
        .await?;
    std::hint::black_box(backup);
    Ok(())
}

async fn sequential(client: Arc<Client>, ids: Arc<Ids>, n: usize) -> Result<(), Error> {
    for _ in 0..n {
        get(&client, &ids).await?;
    }
    Ok(())
}

/// VmHWM from /proc: the peak resident set, as `ru_maxrss` gives the Python side.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
