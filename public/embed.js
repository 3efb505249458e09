/*! Children's services statistics explorer: resizes embedded charts to fit. */
/*
 * Include once on a page that embeds explorer charts:
 *   <iframe src=".../?indicator=CPP_rate&area=852&embed=1" title="..." style="width:100%;border:0"></iframe>
 *   <script src=".../embed.js" async></script>
 * Each embedded chart posts {type: "childstats-explorer:height", height} to its
 * host whenever its content changes size; this sets that iframe's height.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'childstats-explorer:height' || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        // Bounded, so a misbehaving page cannot make the host enormous.
        frames[i].style.height = Math.min(Math.max(Math.ceil(data.height), 150), 6000) + 'px';
      }
    }
  });
})();
