// A thin custom element around FullCalendar. The server decides what is shown (view, date,
// events) and hears about clicks and drops; no data is fetched from here, and titles are
// rendered as text by FullCalendar (never as HTML).
import { Calendar, type EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';

type Shown = { view: string; date: string; events: EventInput[] };

// Times arrive as the viewer's wall-clock time without an offset; FullCalendar runs in 'UTC'
// so it shows them unchanged, and a dropped event's wall-clock time goes back the same way.
const wallClock = (date: Date) => date.toISOString().slice(0, 19);

class TlCalendar extends HTMLElement {
  private calendar?: Calendar;
  private pending?: Shown;
  // FullCalendar follows window resizes only; the app layout (drawer, wrapping filters) can
  // change the host's width without one
  private readonly resizes = new ResizeObserver(() => this.calendar?.updateSize());

  connectedCallback() {
    this.resizes.observe(this);
    if (this.calendar || this.querySelector('.tl-calendar-inner')) {
      return;
    }
    const inner = document.createElement('div');
    inner.className = 'tl-calendar-inner';
    this.appendChild(inner);
    requestAnimationFrame(() => this.start(inner));
  }

  disconnectedCallback() {
    this.resizes.disconnect();
  }

  private start(inner: HTMLElement) {
    this.calendar = new Calendar(inner, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      timeZone: 'UTC',
      // the viewer's locale (set by the server, DD016): day and month names and the clock come
      // from the browser's Intl in that locale; weeks start on Monday whatever the locale
      locale: this.getAttribute('locale') || 'en',
      headerToolbar: false,
      firstDay: 1,
      height: 'auto',
      fixedWeekCount: true,
      // the server sends at most a few tactics a day and a "+N more" for the rest (DD007)
      dayMaxEvents: false,
      eventOrder: 'order,start,-duration,title',
      eventOrderStrict: true,
      eventDisplay: 'block',
      // tactics are reachable with the keyboard (Tab, then Enter) because they have a click
      // handler; bands say interactive: false. A global eventInteractive would override that.
      // day numbers are links to the day's list: the keyboard's way to a day and its "plan here"
      navLinks: true,
      navLinkDayClick: (date) => this.openDay(date),
      editable: true,
      eventDurationEditable: false,
      // the whole day stays on the week grid (a 23:30 tactic must be visible); it opens at 08:00
      scrollTime: '08:00:00',
      // the locale decides between 09:00 and 9:00 AM
      eventTimeFormat: { hour: '2-digit', minute: '2-digit' },
      slotLabelFormat: { hour: '2-digit', minute: '2-digit' },
      eventDidMount: (info) => {
        info.el.dataset.eventId = info.event.id;
        if (info.event.id.startsWith('m')) {
          info.el.setAttribute('aria-label', `${info.event.title} on ${info.event.id.slice(1)}: open the day's list`);
        }
        info.el.title = info.event.title + (info.event.extendedProps.status ? ` (${info.event.extendedProps.status})` : '');
      },
      eventDrop: (info) => {
        const id = info.event.id;
        // tactics happen at a time: a drop into the week's all-day row is not a reschedule
        if (!id.startsWith('t') || !info.event.start || info.event.allDay) {
          info.revert();
          return;
        }
        this.dispatchEvent(new CustomEvent('tl-event-drop', {
          detail: { id: Number(id.slice(1)), start: wallClock(info.event.start), version: info.event.extendedProps.version },
        }));
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        const id = info.event.id;
        if (id.startsWith('t')) {
          this.dispatchEvent(new CustomEvent('tl-event-click', { detail: { id: Number(id.slice(1)) } }));
        } else if (id.startsWith('m')) {
          this.dispatchEvent(new CustomEvent('tl-day-open', { detail: { day: id.slice(1) } }));
        }
      },
      dateClick: (info) => {
        this.dispatchEvent(new CustomEvent('tl-date-click', {
          detail: { date: wallClock(info.date), allDay: info.allDay },
        }));
      },
    });
    this.calendar.render();
    if (this.pending) {
      this.apply(this.pending);
      this.pending = undefined;
    }
  }

  private openDay(date: Date) {
    this.dispatchEvent(new CustomEvent('tl-day-open', { detail: { day: wallClock(date).slice(0, 10) } }));
  }

  /** Called from the server: show `view` around `date` with exactly these events. */
  show(view: string, date: string, eventsJson: string) {
    const shown: Shown = { view, date, events: JSON.parse(eventsJson) };
    if (!this.calendar) {
      this.pending = shown;
      return;
    }
    this.apply(shown);
  }

  private apply(shown: Shown) {
    const calendar = this.calendar!;
    const timeGrid = shown.view.startsWith('timeGrid');
    calendar.batchRendering(() => {
      calendar.changeView(shown.view, shown.date);
      // a week has a scrolling day (opened at 08:00); month and list grow with their content
      calendar.setOption('height', timeGrid ? 760 : 'auto');
      calendar.removeAllEventSources();
      calendar.addEventSource(shown.events);
    });
    if (timeGrid) {
      calendar.scrollToTime('08:00:00');
    }
    this.setAttribute('data-shown', `${shown.view} ${shown.date} ${shown.events.length}`);
  }
}

customElements.define('tl-calendar', TlCalendar);
