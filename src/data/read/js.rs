//! The browser's side of the reader: `JSON.parse` and the values it gives.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wego10_core::data::validate::{DataFile, Findings, Problem};

use super::{At, FromJson, Json, Kind};

impl Json for JsValue {
    fn kind(&self) -> Kind<Self> {
        if let Some(s) = self.as_string() {
            Kind::Str(s)
        } else if let Some(n) = self.as_f64() {
            Kind::Number(n)
        } else if let Some(b) = self.as_bool() {
            Kind::Bool(b)
        } else if JsValue::is_null(self) {
            Kind::Null
        } else if Array::is_array(self) {
            Kind::Array(self.unchecked_ref::<Array>().to_vec())
        } else {
            let entries = Object::entries(self.unchecked_ref());
            Kind::Object(
                entries
                    .iter()
                    .map(|entry| {
                        let entry: Array = entry.unchecked_into();
                        (entry.get(0).as_string().unwrap_or_default(), entry.get(1))
                    })
                    .collect(),
            )
        }
    }

    fn is_null(&self) -> bool {
        JsValue::is_null(self)
    }

    fn number_text(n: f64) -> String {
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
}

/// `JSON.parse`, with its error message.
fn parse(text: &str) -> Result<JsValue, String> {
    JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()
    })
}

/// Reads and checks a data file.
pub fn read_file<T: DataFile + FromJson>(text: &str) -> Result<T, Vec<Problem>> {
    super::file(text, parse)
}

/// Reads a small JSON value (the page's boot block), or `None` if it is not one.
pub fn read_value<T: FromJson>(text: &str) -> Option<T> {
    let mut out = Findings::default();
    T::read(&parse(text).ok()?, &At::Root, &mut out).filter(|_| out.0.is_empty())
}
