//! Fetching a data file: one typed loader that checks the status and the content
//! type before parsing, so a missing file is not mistaken for a parse error.

use std::sync::Arc;

use gloo_net::http::Request;

use super::error::DataError;
use super::validate::{parse, DataFile};

/// Where the data files live, relative to the document base (so sub-paths work).
pub fn data_url<T: DataFile>() -> String {
    format!("data/{}", T::NAME)
}

/// Fetches and validates one data file.
pub async fn load<T: DataFile>() -> Result<Arc<T>, DataError> {
    let file = T::NAME;
    let resp = Request::get(&data_url::<T>())
        .send()
        .await
        .map_err(|e| DataError::Network { file, message: e.to_string() })?;
    if !resp.ok() {
        return Err(DataError::Status { file, status: resp.status() });
    }
    let is_html = resp
        .headers()
        .get("content-type")
        .is_some_and(|t| t.contains("text/html"));
    let text = resp
        .text()
        .await
        .map_err(|e| DataError::Network { file, message: e.to_string() })?;
    if is_html && text.trim_start().starts_with('<') {
        return Err(DataError::NotData { file });
    }
    parse::<T>(&text)
        .map(Arc::new)
        .map_err(|problems| DataError::Invalid { file, problems })
}
