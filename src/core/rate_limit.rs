//! The client-side rate limiter (`rate_limit=`): at most `limit` requests in any window
//! (the API's is 10 requests per 10 s per key), so that everything using one key waits
//! its turn instead of collecting 429s.
//!
//! The server counts per key, so the limiter is per key too:
//! - in one process, every client with the same key id and limit shares one limiter
//!   ([`shared`]), whatever thread or event loop uses it;
//! - across processes of one user on one machine (Airflow runs each task in its own
//!   process), they share a small window file under a lock ([`WindowFile`]): a per-user
//!   directory (`$XDG_RUNTIME_DIR/clickhouse-cloud`, else
//!   `<temp dir>/clickhouse-cloud-<uid>`, mode 0700, ours alone). When that directory is
//!   not safe to use, the limiter keeps the window in memory and says so in the log.
//!   Processes on other machines are not coordinated.
//!
//! A request counts from when it is sent until its answer arrives, and then from the
//! answer's time: the server counted it somewhere in between, so the later time is the
//! safe one. Hand-written: no crate counts a window from the answer's arrival.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::Instant;

use super::logging;

/// The API's rate-limit window.
pub const API_WINDOW: Duration = Duration::from_secs(10);

/// How long a process waits between tries of a window file another process holds.
const FILE_LOCK_RETRY: Duration = Duration::from_millis(2);

/// A request counted in the window: who sent it, and when (seconds since the epoch:
/// processes share no other clock).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry {
    pid: u32,
    seq: u64,
    at: f64,
}

#[derive(Debug)]
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    store: Store,
    next_seq: AtomicU64,
}

#[derive(Debug)]
enum Store {
    Memory(Mutex<Vec<Entry>>),
    File(WindowFile),
}

/// A request's place in the window; [`Slot::done`] stamps it with its answer's time.
pub struct Slot<'a> {
    limiter: &'a RateLimiter,
    pid: u32,
    seq: u64,
}

impl Slot<'_> {
    pub fn done(self) {
        let now = epoch_seconds(SystemTime::now());
        let (pid, seq) = (self.pid, self.seq);
        let stamp = |entries: &mut Vec<Entry>| {
            if let Some(entry) = entries.iter_mut().find(|e| e.pid == pid && e.seq == seq) {
                entry.at = now;
            }
        };
        // Another process holds the file for microseconds at most: wait for it.
        let _ = self.limiter.with_entries(true, stamp);
    }
}

/// What one look at the window decided.
enum Turn {
    Granted(u64),
    /// Full until then (seconds since the epoch).
    FullUntil(f64),
    /// The window file is locked by another process right now.
    Busy,
}

impl RateLimiter {
    /// A limiter of its own, its window in memory (tests; [`shared`] for clients).
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter::with_store(limit, window, Store::Memory(Mutex::new(Vec::new())))
    }

    fn with_store(limit: u32, window: Duration, store: Store) -> RateLimiter {
        RateLimiter {
            limit: (limit as usize).max(1),
            window,
            store,
            next_seq: AtomicU64::new(0),
        }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Whether other processes share this limiter's window.
    pub fn is_shared_across_processes(&self) -> bool {
        matches!(self.store, Store::File(_))
    }

    /// Runs `f` on the window's entries, holding the window; `wait` = block for the
    /// file's lock (else `None` when another process holds it).
    fn with_entries<T>(&self, wait: bool, f: impl FnOnce(&mut Vec<Entry>) -> T) -> Option<T> {
        match &self.store {
            Store::Memory(entries) => {
                let mut entries = entries.lock().unwrap_or_else(|e| e.into_inner());
                Some(f(&mut entries))
            }
            Store::File(file) => file.with_entries(wait, f),
        }
    }

    fn try_take(&self, pid: u32, seq: u64) -> Turn {
        let now = epoch_seconds(SystemTime::now());
        let window = self.window.as_secs_f64();
        let limit = self.limit;
        let looked = self.with_entries(false, |entries| {
            entries.retain(|e| now - e.at < window);
            if entries.len() < limit {
                entries.push(Entry { pid, seq, at: now });
                return Turn::Granted(seq);
            }
            // Full: wait for the oldest request to leave the window.
            let oldest = entries.iter().map(|e| e.at).fold(f64::INFINITY, f64::min);
            Turn::FullUntil(oldest + window)
        });
        looked.unwrap_or(Turn::Busy)
    }

    /// Waits until a request may go out, and counts it; None when no turn comes by
    /// `deadline` (nothing is counted then).
    pub async fn acquire_until(&self, deadline: Instant) -> Option<Slot<'_>> {
        let pid = std::process::id();
        let seq = self.next_seq.fetch_add(1, Ordering::Relaxed);
        loop {
            let wake = match self.try_take(pid, seq) {
                Turn::Granted(seq) => {
                    return Some(Slot {
                        limiter: self,
                        pid,
                        seq,
                    })
                }
                Turn::Busy => Instant::now() + FILE_LOCK_RETRY,
                Turn::FullUntil(at) => {
                    let wait = at - epoch_seconds(SystemTime::now());
                    Instant::now() + Duration::try_from_secs_f64(wait).unwrap_or(Duration::ZERO)
                }
            };
            if wake > deadline {
                return None;
            }
            tokio::time::sleep_until(wake).await;
        }
    }
}

fn epoch_seconds(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// The limiter every client of this process with `key_id` and `limit` shares; its
/// window is shared with other processes through a file where that is safe.
pub fn shared(key_id: &str, limit: u32) -> Arc<RateLimiter> {
    /// (key id, limit) -> the limiter its clients share, while any of them lives.
    type Registry = Mutex<HashMap<(String, u32), Weak<RateLimiter>>>;
    static LIMITERS: OnceLock<Registry> = OnceLock::new();
    let limiters = LIMITERS.get_or_init(Default::default);
    let mut limiters = limiters.lock().unwrap_or_else(|e| e.into_inner());
    limiters.retain(|_, limiter| limiter.strong_count() > 0);
    let key = (key_id.to_owned(), limit);
    if let Some(limiter) = limiters.get(&key).and_then(Weak::upgrade) {
        return limiter;
    }
    let store = match WindowFile::for_key(key_id, limit) {
        Ok(file) => Store::File(file),
        Err(why) => {
            logging::warn(|| {
                format!("rate_limit={limit} is kept per process: no window file to share ({why})")
            });
            Store::Memory(Mutex::new(Vec::new()))
        }
    };
    let limiter = Arc::new(RateLimiter::with_store(limit, API_WINDOW, store));
    limiters.insert(key, Arc::downgrade(&limiter));
    limiter
}

/// A window shared by processes: one file per key and limit, a line per request
/// (`pid seq seconds`), read and rewritten whole under an exclusive lock.
#[derive(Debug)]
pub struct WindowFile {
    path: PathBuf,
}

impl WindowFile {
    pub fn for_key(key_id: &str, limit: u32) -> Result<WindowFile, String> {
        let dir = private_directory()?;
        // The key id is not secret, but need not be spelled out in a file name either.
        let name = format!("ratelimit-{:016x}-{limit}", fnv1a(key_id.as_bytes()));
        WindowFile::at(dir.join(name))
    }

    /// A window file at `path` (its directory must exist and be private).
    pub fn at(path: PathBuf) -> Result<WindowFile, String> {
        let file = WindowFile { path };
        file.open()
            .map_err(|e| format!("{}: {e}", file.path.display()))?;
        Ok(file)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn open(&self) -> std::io::Result<File> {
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
        }
        options.open(&self.path)
    }

    /// Opened anew each time, so that a forked child never shares the parent's lock.
    fn with_entries<T>(&self, wait: bool, f: impl FnOnce(&mut Vec<Entry>) -> T) -> Option<T> {
        let mut file = self.open().ok()?;
        if wait {
            file.lock().ok()?;
        } else {
            file.try_lock().ok()?;
        }
        let mut text = String::new();
        let _ = file.read_to_string(&mut text);
        let mut entries: Vec<Entry> = text.lines().filter_map(parse_entry).collect();
        let out = f(&mut entries);
        let mut text = String::with_capacity(entries.len() * 32);
        for e in &entries {
            text.push_str(&format!("{} {} {:.6}\n", e.pid, e.seq, e.at));
        }
        // A failed write leaves the old window: at worst a turn counted too few.
        let _ = file
            .seek(SeekFrom::Start(0))
            .and_then(|_| file.set_len(0))
            .and_then(|_| file.write_all(text.as_bytes()));
        let _ = file.unlock();
        Some(out)
    }
}

/// A line of the window file; a damaged one (a process killed mid-write) is skipped.
fn parse_entry(line: &str) -> Option<Entry> {
    let mut parts = line.split_ascii_whitespace();
    let entry = Entry {
        pid: parts.next()?.parse().ok()?,
        seq: parts.next()?.parse().ok()?,
        at: parts.next()?.parse().ok().filter(|t: &f64| t.is_finite())?,
    };
    parts.next().is_none().then_some(entry)
}

/// A stable 64-bit hash (FNV-1a): the same name in every process and every build.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A directory only this user can write: a window file there cannot be planted,
/// replaced or read by anyone else.
fn private_directory() -> Result<PathBuf, String> {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        let uid = unsafe { libc::geteuid() };
        let dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
            Some(runtime) => PathBuf::from(runtime).join("clickhouse-cloud"),
            None => std::env::temp_dir().join(format!("clickhouse-cloud-{uid}")),
        };
        use std::os::unix::fs::{DirBuilderExt, MetadataExt};
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(format!("cannot create {}: {e}", dir.display())),
        }
        let meta = std::fs::symlink_metadata(&dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if !meta.is_dir() || meta.uid() != uid || meta.mode() & 0o077 != 0 {
            return Err(format!(
                "{} is not a directory of this user's alone",
                dir.display()
            ));
        }
        Ok(dir)
    }
    #[cfg(not(unix))]
    {
        let dir = std::env::temp_dir().join("clickhouse-cloud");
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(limiter: Arc<RateLimiter>, n: usize) -> Vec<Duration> {
        let rt = crate::core::runtime::handle().unwrap();
        let started = std::time::Instant::now();
        rt.block_on(async {
            let mut tasks = Vec::new();
            for _ in 0..n {
                let l = limiter.clone();
                tasks.push(tokio::spawn(async move {
                    let far = Instant::now() + Duration::from_secs(60);
                    l.acquire_until(far).await.unwrap().done();
                    started.elapsed()
                }));
            }
            let mut out = Vec::new();
            for t in tasks {
                out.push(t.await.unwrap());
            }
            out.sort();
            out
        })
    }

    /// Never more than three in a window: the claim is the lower bounds; the upper ones
    /// only show the waiters did not wait for nothing (loose: tests run side by side).
    fn check_three_per_window(times: &[Duration]) {
        let ms = |d: Duration| d.as_millis();
        assert!(times[..3].iter().all(|t| ms(*t) < 250), "{times:?}");
        assert!(
            times[3..6].iter().all(|t| ms(*t) >= 290 && ms(*t) < 590),
            "{times:?}"
        );
        assert!(ms(times[6]) >= 590, "{times:?}");
    }

    #[test]
    fn lets_limit_through_per_window() {
        let limiter = Arc::new(RateLimiter::new(3, Duration::from_millis(300)));
        check_three_per_window(&times(limiter, 7));
    }

    #[test]
    fn a_window_file_keeps_the_same_count() {
        let dir = std::env::temp_dir().join(format!("chc-window-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = WindowFile::at(dir.join("w")).unwrap();
        let limiter = Arc::new(RateLimiter::with_store(
            3,
            Duration::from_millis(300),
            Store::File(file),
        ));
        check_three_per_window(&times(limiter, 7));
        // A damaged file is read as far as it goes.
        std::fs::write(dir.join("w"), "1 2 3.5\ngarbage\n4 5\n").unwrap();
        let file = WindowFile::at(dir.join("w")).unwrap();
        let entries = file.with_entries(true, |e| e.clone()).unwrap();
        assert_eq!(
            entries,
            vec![Entry {
                pid: 1,
                seq: 2,
                at: 3.5
            }]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn clients_of_one_key_share_a_limiter() {
        let a = shared("key-a", 5);
        assert!(Arc::ptr_eq(&a, &shared("key-a", 5)));
        assert!(!Arc::ptr_eq(&a, &shared("key-b", 5)));
        assert!(!Arc::ptr_eq(&a, &shared("key-a", 6)));
        assert_eq!(fnv1a(b"key-a"), fnv1a(b"key-a"));
    }
}
