//! Paged lists: where the next page starts, read from one page's answer and the query
//! that asked for it. The Python pagers (`_paging.py`) loop; this decides.

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::operation::Paging;

/// Where the page after this one starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPage {
    /// The `cursor` to send.
    Cursor(String),
    /// The `offset` to send.
    Offset(u64),
}

#[derive(Deserialize)]
struct CursorEnvelope {
    #[serde(rename = "nextCursor", default)]
    next_cursor: Option<String>,
}

#[derive(Deserialize)]
struct CountEnvelope {
    #[serde(default)]
    result: Option<Vec<IgnoredAny>>,
}

fn query_value<'a>(query: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
    query
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.as_str())
}

/// The next page of a list answered by `body` to a call with `query`, or None on the
/// last page; an error (a message for `InvalidResponse`) when the answer cannot be
/// followed: a `nextCursor` that is not text, or the cursor just sent again (which
/// would read the same page forever).
pub fn next_page(
    paging: Paging,
    body: &[u8],
    query: &[(&'static str, String)],
) -> Result<Option<NextPage>, String> {
    match paging {
        Paging::None => Ok(None),
        Paging::Cursor { .. } => {
            let envelope: CursorEnvelope = serde_json::from_slice(body)
                .map_err(|e| format!("\"nextCursor\" must be text: {e}"))?;
            match envelope.next_cursor.filter(|c| !c.is_empty()) {
                None => Ok(None),
                Some(next) if Some(next.as_str()) == query_value(query, "cursor") => Err(format!(
                    "\"nextCursor\" {next:?} is the cursor of this page: the list would never end"
                )),
                Some(next) => Ok(Some(NextPage::Cursor(next))),
            }
        }
        Paging::Offset { default_limit, .. } => {
            let envelope: CountEnvelope =
                serde_json::from_slice(body).map_err(|e| format!("\"result\": {e}"))?;
            let count = envelope.result.map_or(0, |items| items.len()) as u64;
            let number = |name: &str| query_value(query, name).and_then(|v| v.parse::<u64>().ok());
            let limit = number("limit").unwrap_or(default_limit);
            let offset = number("offset").unwrap_or(0);
            // An empty page, or one shorter than asked for, is the last.
            if count == 0 || (limit > 0 && count < limit) {
                Ok(None)
            } else {
                Ok(Some(NextPage::Offset(offset + count)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFSET: Paging = Paging::Offset {
        default_limit: 3,
        max_limit: 3,
    };
    const CURSOR: Paging = Paging::Cursor {
        default_limit: 2,
        max_limit: 2,
    };

    #[test]
    fn cursor_pages_follow_next_cursor_until_it_is_gone() {
        let body = br#"{"result":[1,2],"nextCursor":"abc","limit":2}"#;
        assert_eq!(
            next_page(CURSOR, body, &[]),
            Ok(Some(NextPage::Cursor("abc".into())))
        );
        for last in [
            &br#"{"result":[1]}"#[..],
            br#"{"result":[],"nextCursor":null}"#,
            br#"{"nextCursor":""}"#,
        ] {
            assert_eq!(next_page(CURSOR, last, &[]), Ok(None));
        }
    }

    #[test]
    fn a_cursor_that_does_not_move_or_is_not_text_is_refused() {
        let body = br#"{"result":[1],"nextCursor":"abc"}"#;
        let query = [("cursor", "abc".to_owned())];
        assert!(next_page(CURSOR, body, &query).is_err());
        assert!(next_page(CURSOR, br#"{"nextCursor":5}"#, &[]).is_err());
    }

    #[test]
    fn offset_pages_end_on_a_short_or_empty_page() {
        let full = br#"{"result":[1,2,3]}"#;
        assert_eq!(next_page(OFFSET, full, &[]), Ok(Some(NextPage::Offset(3))));
        let query = [("limit", "3".to_owned()), ("offset", "6".to_owned())];
        assert_eq!(
            next_page(OFFSET, full, &query),
            Ok(Some(NextPage::Offset(9)))
        );
        assert_eq!(next_page(OFFSET, br#"{"result":[1,2]}"#, &query), Ok(None));
        assert_eq!(next_page(OFFSET, br#"{"result":[]}"#, &[]), Ok(None));
        let none = Paging::Offset {
            default_limit: 0,
            max_limit: 0,
        };
        assert_eq!(next_page(none, full, &[]), Ok(Some(NextPage::Offset(3))));
    }
}
