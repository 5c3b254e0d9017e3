//! Which operation a request is: its method and path matched against the generated
//! table of operations (`core::api::operations`), the same the client sends from.

use std::sync::OnceLock;

use crate::core::api::operations::OPERATIONS;

enum Segment {
    Literal(&'static str),
    Param(&'static str),
}

struct Route {
    index: usize,
    method: &'static str,
    segments: Vec<Segment>,
    literals: usize,
}

/// A request that is an operation: its index in the table and its path parameters,
/// percent-decoded, in URL order.
#[derive(Debug)]
pub struct Matched {
    pub index: usize,
    pub params: Vec<(&'static str, String)>,
}

impl Matched {
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

fn routes() -> &'static [Route] {
    static ROUTES: OnceLock<Vec<Route>> = OnceLock::new();
    ROUTES.get_or_init(|| {
        let mut routes: Vec<Route> = OPERATIONS
            .iter()
            .enumerate()
            .map(|(index, op)| {
                let segments: Vec<Segment> = op
                    .path
                    .split('/')
                    .map(
                        |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                            Some(name) => Segment::Param(name),
                            None => Segment::Literal(s),
                        },
                    )
                    .collect();
                let literals = segments
                    .iter()
                    .filter(|s| matches!(s, Segment::Literal(_)))
                    .count();
                Route {
                    index,
                    method: op.method.as_str(),
                    segments,
                    literals,
                }
            })
            .collect();
        // `/clickpipes/schemaDiscovery` before `/clickpipes/{clickPipeId}`.
        routes.sort_by_key(|r| std::cmp::Reverse(r.literals));
        routes
    })
}

/// The operation `method path` is; `Err(true)` when the path is known but not with
/// this method.
pub fn find(method: &str, path: &str) -> Result<Matched, bool> {
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let mut path_known = false;
    for route in routes() {
        if route.segments.len() != parts.len() {
            continue;
        }
        let mut params = Vec::new();
        let fits = route
            .segments
            .iter()
            .zip(&parts)
            .all(|(segment, part)| match segment {
                Segment::Literal(text) => text == part,
                Segment::Param(name) => {
                    let decoded = percent_encoding::percent_decode_str(part).decode_utf8_lossy();
                    params.push((*name, decoded.into_owned()));
                    !part.is_empty()
                }
            });
        if !fits {
            continue;
        }
        if route.method != method {
            path_known = true;
            continue;
        }
        return Ok(Matched {
            index: route.index,
            params,
        });
    }
    Err(path_known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::api::operations::id;

    #[test]
    fn every_operation_is_found_by_its_own_path() {
        for (index, op) in OPERATIONS.iter().enumerate() {
            let path = op
                .path
                .split('/')
                .map(|s| if s.starts_with('{') { "x" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let found = find(op.method.as_str(), &path).unwrap();
            assert_eq!(found.index, index, "{} {}", op.method, op.path);
        }
    }

    #[test]
    fn literal_segments_win_and_params_are_decoded() {
        let org = "/v1/organizations/o/services/s";
        let m = find("POST", &format!("{org}/clickpipes/schemaDiscovery")).unwrap();
        assert_eq!(m.index, id::CLICK_PIPE_SCHEMA_DISCOVERY);
        let m = find("GET", "/v1/organizations/o/udfs/a%2Fb").unwrap();
        assert_eq!(m.index, id::UDF_GET);
        assert_eq!(m.param("functionName"), "a/b");
        assert!(matches!(find("PUT", &format!("{org}/backups")), Err(true)));
        assert!(matches!(find("GET", "/v2/nothing"), Err(false)));
    }
}
