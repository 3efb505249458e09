//! The one component that touches a `<canvas>`: sizes it to its box and the
//! screen's pixel ratio, redraws when what the drawing reads changes, and
//! reports pointer positions in canvas pixels.

use leptos::html;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

/// The app draws every chart through one backend type (canvas on screen,
/// SVG for downloads), so the chart code is compiled once.
pub type AppBackend = charts::either::Either<CanvasBackend, plotters::prelude::SVGBackend<'static>>;
pub type CanvasArea = DrawingArea<AppBackend, Shift>;

/// A pointer or tap at `x` canvas pixels from the left.
pub type PointerAt = Callback<Option<i32>>;

#[component]
pub fn ChartCanvas(
    /// Draws on the canvas; gets the pixel ratio to scale sizes by.
    draw: Callback<(CanvasArea, f64)>,
    /// Height in CSS pixels.
    #[prop(into)]
    height: Signal<u32>,
    #[prop(optional)] on_pointer: Option<PointerAt>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let width = RwSignal::new(0u32);
    let measure = move || {
        if let Some(canvas) = canvas_ref.get_untracked() {
            let w = canvas.parent_element().map_or(0, |p| p.client_width()).max(0) as u32;
            if w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    let _ = window_event_listener(leptos::ev::resize, move |_| measure());
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        if width.get() == 0 {
            measure();
        }
        let (w, h) = (width.get().max(200), height.get());
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
            cb.run(Some((f64::from(ev.offset_x()) * ratio).round() as i32));
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
