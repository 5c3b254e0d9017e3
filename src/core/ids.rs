//! Validation of the ids that go into URL paths. Every id is a UUID; anything else is
//! refused before a request is built, so a typo never becomes a confusing API error
//! and nothing user-typed is ever pasted into a path.

use uuid::Uuid;

use super::error::Error;

/// Parses `value` as a UUID (any case, with or without braces or the `urn:uuid:`
/// prefix that `uuid.UUID` accepts), naming `param` in the error.
pub fn parse_id(param: &str, value: &str) -> Result<Uuid, Error> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidArgument(format!(
            "{param} must be a UUID, got an empty string"
        )));
    }
    Uuid::try_parse(trimmed).map_err(|_| {
        let shown: String = value.chars().take(80).collect();
        Error::InvalidArgument(format!("{param} must be a UUID, got {shown:?}"))
    })
}

/// The canonical form used in paths: lower-case, hyphenated.
pub fn path_segment(id: &Uuid) -> String {
    id.hyphenated().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_any_case_and_normalises() {
        let id = parse_id("backup_id", "  0B2E4E3A-8E21-4C4B-9F1F-2D3C4B5A6978 ").unwrap();
        assert_eq!(path_segment(&id), "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978");
        let simple = parse_id("x", "0b2e4e3a8e214c4b9f1f2d3c4b5a6978").unwrap();
        assert_eq!(simple, id);
    }

    #[test]
    fn rejects_everything_else_naming_the_parameter() {
        for bad in [
            "",
            "   ",
            "not-a-uuid",
            "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a697",
            "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978/../x",
            "../../admin",
            "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a697g",
            "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978?x=1",
        ] {
            let err = parse_id("service_id", bad).unwrap_err();
            let Error::InvalidArgument(msg) = err else {
                panic!("{bad}")
            };
            assert!(msg.starts_with("service_id"), "{msg}");
        }
    }
}
