//! The sandbox's store for every resource without a behaviour of its own: items of a
//! collection (created by POST, listed, read, changed, deleted by path) and single
//! resources at a path. Fields can be set to change later (a state that settles after
//! a while), so waiting on them can be tested.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

/// A moment that may lie beyond what `Instant` can hold (then it never comes).
#[derive(Debug, Clone, Copy)]
pub struct Deadline(Option<Instant>);

impl Deadline {
    pub fn after(now: Instant, wait: Duration) -> Deadline {
        Deadline(now.checked_add(wait))
    }

    pub fn passed(self, now: Instant) -> bool {
        self.0.is_some_and(|at| now >= at)
    }
}

/// Fields that take these values once `at` has passed.
#[derive(Debug, Clone)]
struct Later {
    at: Deadline,
    fields: Map<String, Value>,
}

#[derive(Debug, Clone)]
struct Item {
    key: String,
    value: Value,
    later: Vec<Later>,
}

impl Item {
    /// The item as served now: every passed change applied, for good.
    fn settle(&mut self, now: Instant) -> &Value {
        let (passed, waiting): (Vec<Later>, Vec<Later>) =
            self.later.drain(..).partition(|l| l.at.passed(now));
        self.later = waiting;
        if let Value::Object(map) = &mut self.value {
            for later in passed {
                map.extend(later.fields);
            }
        }
        &self.value
    }
}

#[derive(Default)]
pub struct Store {
    /// The items of each collection, by the collection's path, in creation order.
    collections: HashMap<String, Vec<Item>>,
    /// Single resources, by their path.
    singles: HashMap<String, Item>,
}

impl Store {
    pub fn list(&mut self, collection: &str) -> Vec<Value> {
        let now = Instant::now();
        self.collections
            .get_mut(collection)
            .map(|items| items.iter_mut().map(|i| i.settle(now).clone()).collect())
            .unwrap_or_default()
    }

    /// Adds (or replaces) the item `key` of a collection.
    pub fn insert(&mut self, collection: &str, key: &str, value: Value) {
        let items = self.collections.entry(collection.to_owned()).or_default();
        let item = Item {
            key: key.to_owned(),
            value,
            later: Vec::new(),
        };
        match items.iter_mut().find(|i| i.key == key) {
            Some(existing) => *existing = item,
            None => items.push(item),
        }
    }

    pub fn get(&mut self, collection: &str, key: &str) -> Option<Value> {
        let now = Instant::now();
        self.item(collection, key).map(|i| i.settle(now).clone())
    }

    fn item(&mut self, collection: &str, key: &str) -> Option<&mut Item> {
        self.collections
            .get_mut(collection)?
            .iter_mut()
            .find(|i| i.key == key)
    }

    /// Merges `fields` into the item (or, with `replace`, puts them in its place, the
    /// key field kept); answers the item as it now is.
    pub fn update(
        &mut self,
        collection: &str,
        key: &str,
        fields: Map<String, Value>,
        replace: bool,
    ) -> Option<Value> {
        let now = Instant::now();
        let item = self.item(collection, key)?;
        item.settle(now);
        merge(&mut item.value, fields, replace);
        Some(item.value.clone())
    }

    pub fn remove(&mut self, collection: &str, key: &str) -> Option<Value> {
        let items = self.collections.get_mut(collection)?;
        let at = items.iter().position(|i| i.key == key)?;
        Some(items.remove(at).value)
    }

    /// Sets `fields` on the item once `after` has passed.
    pub fn later(
        &mut self,
        collection: &str,
        key: &str,
        after: Duration,
        fields: Map<String, Value>,
    ) {
        let at = Deadline::after(Instant::now(), after);
        if let Some(item) = self.item(collection, key) {
            item.later.push(Later { at, fields });
        }
    }

    pub fn get_single(&mut self, path: &str) -> Option<Value> {
        let now = Instant::now();
        self.singles.get_mut(path).map(|i| i.settle(now).clone())
    }

    /// Creates or changes the resource at `path`; answers it as it now is.
    pub fn put_single(&mut self, path: &str, fields: Map<String, Value>, replace: bool) -> Value {
        let now = Instant::now();
        let item = self.singles.entry(path.to_owned()).or_insert_with(|| Item {
            key: String::new(),
            value: Value::Object(Map::new()),
            later: Vec::new(),
        });
        item.settle(now);
        merge(&mut item.value, fields, replace);
        item.value.clone()
    }

    pub fn remove_single(&mut self, path: &str) -> Option<Value> {
        self.singles.remove(path).map(|i| i.value)
    }
}

fn merge(target: &mut Value, fields: Map<String, Value>, replace: bool) {
    match target {
        Value::Object(map) if !replace => patch(map, fields),
        Value::Object(map) => {
            let kept: Map<String, Value> = ["id"]
                .iter()
                .filter_map(|k| map.get(*k).map(|v| ((*k).to_owned(), v.clone())))
                .collect();
            *map = fields;
            for (k, v) in kept {
                map.entry(k).or_insert(v);
            }
        }
        other => *other = Value::Object(fields),
    }
}

/// A PATCH as the API applies it: a field given replaces the one stored, `null` removes
/// it, and `{"add": [...], "remove": [...]}` edits a list (an IP access list, private
/// endpoint ids, tags).
pub(super) fn patch(map: &mut Map<String, Value>, fields: Map<String, Value>) {
    for (key, value) in fields {
        match value {
            Value::Null => {
                map.remove(&key);
            }
            Value::Object(edit) if is_list_edit(&edit, map.get(&key)) => {
                let mut list = match map.remove(&key) {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                };
                if let Some(Value::Array(gone)) = edit.get("remove") {
                    list.retain(|item| !gone.iter().any(|g| matches_item(item, g)));
                }
                if let Some(Value::Array(added)) = edit.get("add") {
                    list.extend(added.iter().cloned());
                }
                map.insert(key, Value::Array(list));
            }
            value => {
                map.insert(key, value);
            }
        }
    }
}

/// `{add, remove}` (either may be null); `{}` edits nothing, when the field is a list.
fn is_list_edit(edit: &Map<String, Value>, current: Option<&Value>) -> bool {
    (!edit.is_empty() || current.is_some_and(Value::is_array))
        && edit
            .iter()
            .all(|(k, v)| (k == "add" || k == "remove") && (v.is_array() || v.is_null()))
}

/// An item named for removal: equal, or (an object) agreeing on every field given.
fn matches_item(item: &Value, gone: &Value) -> bool {
    match (item, gone) {
        (Value::Object(item), Value::Object(gone)) => {
            gone.iter().all(|(k, v)| item.get(k) == Some(v))
        }
        _ => item == gone,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn a_patch_replaces_removes_and_edits_lists() {
        let mut map = fields(json!({
            "name": "a", "gone": 1,
            "ipAccessList": [{"source": "1.1.1.1", "description": "x"}, {"source": "2.2.2.2"}],
        }));
        patch(
            &mut map,
            fields(json!({
                "name": "b", "gone": null,
                "ipAccessList": {"remove": [{"source": "1.1.1.1"}], "add": [{"source": "3.3.3.3"}]},
                "privateEndpointIds": {"add": ["pe-1"]},
                "settings": {"add": 1},
            })),
        );
        assert_eq!(
            Value::Object(map),
            json!({
                "name": "b",
                "ipAccessList": [{"source": "2.2.2.2"}, {"source": "3.3.3.3"}],
                "privateEndpointIds": ["pe-1"],
                "settings": {"add": 1},
            })
        );
    }

    #[test]
    fn items_live_and_change_by_path() {
        let mut store = Store::default();
        store.insert("/c", "a", json!({"id": "a", "n": 1}));
        store.insert("/c", "b", json!({"id": "b"}));
        assert_eq!(store.list("/c").len(), 2);
        assert_eq!(
            store
                .update("/c", "a", fields(json!({"m": 2})), false)
                .unwrap()["n"],
            1
        );
        let replaced = store
            .update("/c", "a", fields(json!({"m": 3})), true)
            .unwrap();
        assert_eq!(replaced, json!({"id": "a", "m": 3}));
        assert!(store.remove("/c", "a").is_some());
        assert!(store.get("/c", "a").is_none());
        assert!(store.list("/other").is_empty());
        store.put_single("/s", fields(json!({"x": 1})), false);
        assert_eq!(store.get_single("/s").unwrap()["x"], 1);
    }

    #[test]
    fn later_changes_apply_after_their_time() {
        let mut store = Store::default();
        store.insert("/c", "a", json!({"state": "Provisioning"}));
        store.later(
            "/c",
            "a",
            Duration::from_millis(30),
            fields(json!({"state": "Running"})),
        );
        assert_eq!(store.get("/c", "a").unwrap()["state"], "Provisioning");
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(store.get("/c", "a").unwrap()["state"], "Running");
    }
}
