//! Fetching a data file: one loader that checks the status and the content type
//! before parsing, so a missing file is not mistaken for a parse error.

use std::sync::Arc;

use gloo_net::http::Request;
use wego10_core::data::validate::{fingerprint, DataFile};

use super::error::DataError;
use super::read::{read_file, FromJson};
use super::{AnyData, Load};

/// Parses and validates the text of one data file, type-erased.
pub type ParseAny = fn(&str) -> Result<AnyData, DataError>;

/// The `ParseAny` of a file type.
pub fn parse_any<T: DataFile + FromJson + Send + Sync + 'static>(
    text: &str,
) -> Result<AnyData, DataError> {
    read_file::<T>(text)
        .map(|v| Arc::new(v) as AnyData)
        .map_err(|problems| DataError::Invalid {
            file: T::NAME,
            problems,
        })
}

/// Fetches and validates one data file: its state, and the fingerprint of its text when
/// it loaded. Not generic: one copy of the async machinery in the wasm serves all four.
pub async fn load(file: &'static str, parse: ParseAny) -> (Load<AnyData>, Option<u64>) {
    match fetch_text(file).await {
        Ok(text) => match parse(&text) {
            Ok(data) => (Load::Ready(data), Some(fingerprint(&text))),
            Err(e) => (Load::Failed(e), None),
        },
        Err(e) => (Load::Failed(e), None),
    }
}

/// The text of `data/<file>`, relative to the document base (so sub-paths work).
async fn fetch_text(file: &'static str) -> Result<String, DataError> {
    let resp = Request::get(&format!("data/{file}"))
        .send()
        .await
        .map_err(|e| network_error(file, e))?;
    if !resp.ok() {
        return Err(DataError::Status {
            file,
            status: resp.status(),
        });
    }
    let is_html = resp
        .headers()
        .get("content-type")
        .is_some_and(|t| t.contains("text/html"));
    let text = resp.text().await.map_err(|e| network_error(file, e))?;
    if is_html && text.trim_start().starts_with('<') {
        return Err(DataError::NotData { file });
    }
    Ok(text)
}

/// A failed fetch in the browser's words ("TypeError: Failed to fetch"). Not through
/// `gloo_net::Error`'s `Display`, which would bring serde_json's messages into the wasm.
fn network_error(file: &'static str, e: gloo_net::Error) -> DataError {
    let message = match e {
        gloo_net::Error::JsError(e) => format!("{}: {}", e.name, e.message),
        gloo_net::Error::GlooError(message) => message,
        _ => "the response could not be read".to_owned(),
    };
    DataError::Network { file, message }
}
