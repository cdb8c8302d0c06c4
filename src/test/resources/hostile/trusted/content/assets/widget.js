document.getElementById("trusted-widget").textContent = "widget ran";
