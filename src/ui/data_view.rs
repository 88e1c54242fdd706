use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::error_panel::ErrorPanel;
use super::loading::Loading;
use crate::data::{AnyData, Loaded};

type Render = Arc<dyn Fn(AnyData) -> AnyView + Send + Sync>;

/// Renders `render(data)` once `resource` has loaded; a skeleton while it loads;
/// an `ErrorPanel` with Retry when it failed. The one async idiom of the app.
///
/// `T` must be the type the resource was created for (see `SiteData`).
pub fn data_view<T: Send + Sync + 'static>(
    resource: Loaded,
    what: &'static str,
    render: impl Fn(Arc<T>) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let render: Render = Arc::new(move |data: AnyData| {
        render(
            data.downcast::<T>()
                .expect("a resource holds the type it was created for"),
        )
    });
    erased(resource, what, render)
}

/// One non-generic body for every section: keeps the wasm small.
fn erased(resource: Loaded, what: &'static str, render: Render) -> AnyView {
    view! {
        <Suspense fallback=move || view! { <Loading what/> }>
            {
                let render = render.clone();
                move || {
                    let render = render.clone();
                    Suspend::new(async move {
                        match resource.await {
                            Ok(data) => Either::Left(render(data)),
                            Err(error) => Either::Right(view! {
                                <ErrorPanel error on_retry=Callback::new(move |_| resource.refetch())/>
                            }),
                        }
                    })
                }
            }
        </Suspense>
    }
    .into_any()
}
