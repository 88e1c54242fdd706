use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::error_panel::ErrorPanel;
use super::loading::Loading;
use crate::data::Loaded;

/// Renders `render(data)` once `resource` has loaded; a skeleton while it loads;
/// an `ErrorPanel` with Retry when it failed. The one async idiom of the app.
pub fn data_view<T, V>(
    resource: Loaded<T>,
    what: &'static str,
    render: impl Fn(Arc<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
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
}
