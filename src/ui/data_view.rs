use std::sync::Arc;

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::error_panel::ErrorPanel;
use super::loading::Loading;
use crate::data::read::FromJson;
use crate::data::{AnyData, Load, Slot};
use wego10_core::data::validate::DataFile;

type Render = Arc<dyn Fn(AnyData) -> AnyView + Send + Sync>;

/// Renders `render(data)` once the slot's file has loaded; a skeleton while it loads;
/// an `ErrorPanel` with Retry when it failed. The one data idiom of the app. Synchronous:
/// a loaded file renders at once, in the browser as in the site build's render.
pub fn data_view<T: DataFile + FromJson + Send + Sync + 'static>(
    slot: Slot<T>,
    what: &'static str,
    render: impl Fn(Arc<T>) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let render: Render = Arc::new(move |data: AnyData| {
        render(
            data.downcast::<T>()
                .expect("a slot only ever holds its own type"),
        )
    });
    erased(
        slot.state(),
        Callback::new(move |()| slot.retry()),
        what,
        render,
    )
}

/// One non-generic body for every section: keeps the wasm small.
fn erased(
    state: RwSignal<Load<AnyData>>,
    retry: Callback<()>,
    what: &'static str,
    render: Render,
) -> AnyView {
    (move || match state.get() {
        Load::Loading => EitherOf3::A(view! { <Loading what/> }),
        Load::Ready(data) => EitherOf3::B(render(data)),
        Load::Failed(error) => EitherOf3::C(view! { <ErrorPanel error on_retry=retry/> }),
    })
    .into_any()
}
