//! Checks of a request body beyond its schema, declared in `spec/overlay.json`
//! (`checks`) and emitted into the operations table: what the API refuses that the
//! spec does not say (a start time that is no time of day, an empty PATCH, a bucket
//! without its write-only secret). Every entry point runs them (`check_body`), so the
//! namespaced methods and the flat Backup ones refuse the same bodies, before sending.

use serde_json::Value;

use super::error::Error;

/// The checks of one request schema.
pub struct Rules {
    /// The body must set at least one field; the hint follows the field list.
    pub at_least_one: Option<&'static str>,
    pub fields: &'static [FieldRule],
}

pub struct FieldRule {
    /// The field's name in the API (`backupStartTime`) and in Python.
    pub field: &'static str,
    pub py_name: &'static str,
    /// Only when another field has this value (`bucketProvider` is `GCP`).
    pub when: Option<(&'static str, &'static str)>,
    pub rule: Rule,
}

pub enum Rule {
    /// Text matching the pattern; `what` names the form in the error.
    Pattern {
        pattern: &'static str,
        what: &'static str,
    },
    /// A number above zero.
    Positive,
    /// Present (and not null); `why` says why in the error.
    Required { why: &'static str },
}

/// `body` (a checked body in the API's shape) against `rules`; `operation` and `fields`
/// (the body's Python names) word the errors. A field sent as null (a PATCH's "reset
/// to the default") passes every rule but `Required`.
pub fn apply(rules: &Rules, operation: &str, fields: &[&str], body: Value) -> Result<Value, Error> {
    let invalid = |message: String| Err(Error::InvalidArgument(message));
    let Value::Object(map) = &body else {
        return Ok(body);
    };
    if let Some(hint) = rules.at_least_one {
        if map.is_empty() {
            return invalid(format!(
                "{operation} needs at least one of {} ({hint})",
                fields.join(", ")
            ));
        }
    }
    for check in rules.fields {
        if let Some((other, wanted)) = check.when {
            if map.get(other).and_then(Value::as_str) != Some(wanted) {
                continue;
            }
        }
        let value = map.get(check.field).filter(|v| !v.is_null());
        let name = check.py_name;
        match (&check.rule, value) {
            (Rule::Required { why }, None) => {
                let condition = check
                    .when
                    .map(|(other, wanted)| format!(" when {other} is {wanted}"))
                    .unwrap_or_default();
                return invalid(format!("{name} is required{condition} ({why})"));
            }
            (Rule::Pattern { pattern, what }, Some(Value::String(text)))
                if !matches(pattern, text) =>
            {
                return invalid(format!("{name} must be {what}, not {text:?}"));
            }
            (Rule::Positive, Some(Value::Number(n)))
                if !n.as_f64().is_some_and(|f| f.is_finite() && f > 0.0) =>
            {
                return invalid(format!("{name} must be a positive number, not {n}"));
            }
            _ => {}
        }
    }
    Ok(body)
}

fn matches(pattern: &str, text: &str) -> bool {
    regex_lite::Regex::new(pattern)
        .map(|re| re.is_match(text))
        // A pattern this engine cannot read is not the caller's fault.
        .unwrap_or(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static RULES: Rules = Rules {
        at_least_one: Some("None resets one"),
        fields: &[
            FieldRule {
                field: "startTime",
                py_name: "start_time",
                when: None,
                rule: Rule::Pattern {
                    pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                    what: "\"HH:MM\"",
                },
            },
            FieldRule {
                field: "hours",
                py_name: "hours",
                when: None,
                rule: Rule::Positive,
            },
            FieldRule {
                field: "secret",
                py_name: "secret",
                when: Some(("provider", "GCP")),
                rule: Rule::Required { why: "write-only" },
            },
        ],
    };

    fn check(body: Value) -> Result<Value, Error> {
        apply(&RULES, "thing.update", &["start_time", "hours"], body)
    }

    #[test]
    fn good_bodies_pass_as_they_are() {
        for body in [
            json!({"startTime": "23:59"}),
            json!({"startTime": null, "hours": null}),
            json!({"hours": 0.5, "provider": "AWS"}),
            json!({"provider": "GCP", "secret": "s"}),
        ] {
            assert_eq!(check(body.clone()), Ok(body));
        }
    }

    #[test]
    fn bad_bodies_are_refused_with_the_python_names() {
        let message = |body: Value| match check(body) {
            Err(Error::InvalidArgument(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            message(json!({})),
            "thing.update needs at least one of start_time, hours (None resets one)"
        );
        assert_eq!(
            message(json!({"startTime": "25:99"})),
            "start_time must be \"HH:MM\", not \"25:99\""
        );
        for hours in [json!(0), json!(-1.5)] {
            assert!(message(json!({ "hours": hours })).starts_with("hours must be a positive"));
        }
        assert_eq!(
            message(json!({"provider": "GCP"})),
            "secret is required when provider is GCP (write-only)"
        );
    }
}
