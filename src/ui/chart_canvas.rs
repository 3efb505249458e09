//! The one component that touches a `<canvas>`: sizes it to its box and the
//! screen's pixel ratio, redraws when what the drawing reads changes, and
//! reports pointer positions in canvas pixels.

use leptos::html;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use super::canvas_backend::CanvasBackend;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// The app draws every chart through one backend type (canvas on screen,
/// SVG for downloads), so the chart code is compiled once.
pub type AppBackend = charts::either::Either<CanvasBackend, plotters::prelude::SVGBackend<'static>>;
pub type CanvasArea = DrawingArea<AppBackend, Shift>;

/// A pointer or tap at (x, y) canvas pixels from the top left.
pub type PointerAt = Callback<Option<(i32, i32)>>;

#[component]
pub fn ChartCanvas(
    /// Draws on the canvas; gets the pixel ratio to scale sizes by.
    draw: Callback<(CanvasArea, f64)>,
    /// Height in CSS pixels.
    #[prop(into)]
    height: Signal<u32>,
    /// At most this many times the width, so that on a phone the chart and
    /// its summary fit the first screen (`charts::first_paint::TREND_MAX_ASPECT`).
    #[prop(optional)]
    max_aspect: Option<f64>,
    #[prop(optional)] on_pointer: Option<PointerAt>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let width = use_box_width(canvas_ref);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        let w = width.get().max(200);
        let h = max_aspect.map_or(height.get(), |a| height.get().min((f64::from(w) * a).round() as u32));
        let ratio = window().device_pixel_ratio().max(1.0);
        canvas.set_width((f64::from(w) * ratio).round() as u32);
        canvas.set_height((f64::from(h) * ratio).round() as u32);
        let _ = canvas.style(("height", format!("{h}px")));
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
            let root = charts::either::Either::Left(backend).into_drawing_area();
            draw.run((root.clone(), ratio));
            let _ = root.present();
        }
    });
    let pointer = move |ev: leptos::ev::PointerEvent| {
        if let Some(cb) = on_pointer {
            let ratio = window().device_pixel_ratio().max(1.0);
            let at = |v: i32| (f64::from(v) * ratio).round() as i32;
            cb.run(Some((at(ev.offset_x()), at(ev.offset_y()))));
        }
    };
    view! {
        <canvas
            node_ref=canvas_ref
            class="chart-canvas"
            aria-hidden="true"
            on:pointermove=pointer
            on:pointerdown=pointer
            on:pointerleave=move |_| if let Some(cb) = on_pointer { cb.run(None) }
        ></canvas>
    }
}

/// The width in CSS pixels of the box the canvas sits in, kept up to date by
/// a `ResizeObserver` on that box (a turned phone, a resized window, a panel
/// opened beside it). The observer is disconnected when the chart goes, so
/// it never writes to a signal that has been disposed with it.
fn use_box_width(canvas_ref: NodeRef<html::Canvas>) -> ReadSignal<u32> {
    let (width, set_width) = signal(0u32);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    let measure = move |canvas: &web_sys::HtmlCanvasElement| {
        let w = canvas.parent_element().map_or(0, |p| p.client_width()).max(0) as u32;
        if Some(w) != width.try_get_untracked() {
            set_width.set(w);
        }
    };
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        measure(&canvas);
        let Some(parent) = canvas.parent_element() else { return };
        let observed = canvas.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| measure(&observed));
        if let Ok(o) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            o.observe(&parent);
            disconnect(observer.try_update_value(|slot| slot.replace((o, callback))).flatten());
        }
    });
    on_cleanup(move || disconnect(observer.try_update_value(Option::take).flatten()));
    width
}

fn disconnect(old: Option<(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>) {
    if let Some((observer, _callback)) = old {
        observer.disconnect();
    }
}
